// Runs one job description through jdpipe's C ABI from Go (cgo) and prints the chosen role.
//
//	CGO_CFLAGS=-I<jdpipe>/include CGO_LDFLAGS="-L<libdir> -Wl,-rpath,<libdir>" go run . JD_FILE
package main

/*
#cgo LDFLAGS: -ljdpipe_capi
#include <stdlib.h>
#include <jdpipe/jdpipe.h>
*/
import "C"

import (
	"fmt"
	"os"
	"strings"
	"unsafe"
)

// jdpError turns a failed status into a Go error with the library's message.
func jdpError(rc C.int, what string) error {
	if rc == C.JDP_OK {
		return nil
	}
	return fmt.Errorf("%s: %s: %s", what, C.GoString(C.jdp_status_name(rc)), C.GoString(C.jdp_last_error()))
}

func goString(p *C.char) string {
	if p == nil {
		return ""
	}
	return C.GoString(p)
}

func run(path string) error {
	text, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "jdpipe %s\n", C.GoString(C.jdp_version()))

	var catalog *C.jdp_catalog
	if err := jdpError(C.jdp_catalog_open(&catalog, nil), "jdp_catalog_open"); err != nil {
		return err
	}
	defer C.jdp_catalog_free(catalog)

	// Options are a versioned C struct: start from the defaults, change what you need.
	var opts C.jdp_options
	if err := jdpError(C.jdp_options_init(&opts, C.JDP_OPTIONS_VERSION), "jdp_options_init"); err != nil {
		return err
	}
	opts.top_k = 3

	var pipeline *C.jdp_pipeline
	if err := jdpError(C.jdp_pipeline_new(&pipeline, catalog, &opts), "jdp_pipeline_new"); err != nil {
		return err
	}
	defer C.jdp_pipeline_free(pipeline)

	ctext := C.CBytes(text)
	defer C.free(ctext)
	cid := C.CString(path)
	defer C.free(unsafe.Pointer(cid))

	var r *C.jdp_run
	if err := jdpError(C.jdp_pipeline_run(&r, pipeline, (*C.char)(ctext), C.size_t(len(text)), cid), "jdp_pipeline_run"); err != nil {
		return err
	}
	defer C.jdp_run_free(r)

	if C.jdp_run_rejected(r) != 0 {
		fmt.Printf("rejected: %s\n", goString(C.jdp_run_rejection_reason(r)))
		return nil
	}
	role := goString(C.jdp_run_chosen_role(r))
	if role == "" {
		if nr := goString(C.jdp_run_new_role(r)); nr != "" {
			role = "(new) " + nr
		} else {
			role = "(none)"
		}
	}
	fmt.Printf("case: %s\n", goString(C.jdp_run_case(r)))
	fmt.Printf("role: %s\n", role)
	fmt.Printf("confidence: %.3f\n", float64(C.jdp_run_confidence(r)))
	skills := []string{}
	for i := C.size_t(0); i < C.jdp_run_skill_count(r); i++ {
		skills = append(skills, goString(C.jdp_run_skill(r, i)))
	}
	fmt.Printf("skills: %s\n", strings.Join(skills, ", "))

	// A bare title, answered as JSON (the library's memory, released with jdp_buf_dispose).
	title := C.CString("Senior Backend Engineer")
	defer C.free(unsafe.Pointer(title))
	var buf C.jdp_buf
	if err := jdpError(C.jdp_resolve_title_json(&buf, pipeline, title, 3), "jdp_resolve_title_json"); err != nil {
		return err
	}
	fmt.Printf("resolve_title: %s\n", C.GoStringN(buf.ptr, C.int(buf.size)))
	C.jdp_buf_dispose(&buf)
	return nil
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintf(os.Stderr, "usage: %s JD_FILE\n", os.Args[0])
		os.Exit(2)
	}
	if err := run(os.Args[1]); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
