//! Runs one job description through jdpipe's C ABI from Rust and prints the chosen role.
//!
//!   JDPIPE_LIB_DIR=/path/to/lib cargo run --offline -- JD_FILE [--rust-embedder]
//!
//! With --rust-embedder the KRA signal uses an embedder written in Rust (a vtable with a
//! user_data pointer), to show plug-ins across the FFI.

mod ffi;

use std::ffi::{CStr, CString};
use std::os::raw::{c_char, c_int, c_void};
use std::ptr;

fn last_error() -> String {
    unsafe { CStr::from_ptr(ffi::jdp_last_error()).to_string_lossy().into_owned() }
}

fn opt_str(p: *const c_char) -> Option<String> {
    if p.is_null() {
        None
    } else {
        Some(unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned())
    }
}

fn check(rc: c_int, what: &str) -> Result<(), String> {
    if rc == ffi::JDP_OK {
        Ok(())
    } else {
        Err(format!("{} failed ({}): {}", what, rc, last_error()))
    }
}

/// A toy embedder: hashes lower-cased words into 64 buckets. Called from jdpipe's threads.
struct WordHash {
    buckets: usize,
}

unsafe extern "C" fn word_hash_embed(
    user_data: *mut c_void,
    texts: *const *const c_char,
    _lens: *const usize,
    count: usize,
    out: *mut f32,
    _err: *mut c_char,
    _err_size: usize,
) -> c_int {
    let me = &*(user_data as *const WordHash);
    let out = std::slice::from_raw_parts_mut(out, count * me.buckets);
    for i in 0..count {
        let text = CStr::from_ptr(*texts.add(i)).to_string_lossy().to_lowercase();
        for word in text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
            let h = word.bytes().fold(2166136261u32, |h, b| (h ^ b as u32).wrapping_mul(16777619));
            out[i * me.buckets + (h as usize) % me.buckets] += 1.0;
        }
    }
    0
}

unsafe extern "C" fn word_hash_free(user_data: *mut c_void) {
    drop(Box::from_raw(user_data as *mut WordHash));
}

fn run(path: &str, rust_embedder: bool) -> Result<(), String> {
    let text = std::fs::read(path).map_err(|e| format!("cannot read {}: {}", path, e))?;
    let input_id = CString::new(path).map_err(|e| e.to_string())?;
    unsafe {
        eprintln!("jdpipe {}", CStr::from_ptr(ffi::jdp_version()).to_string_lossy());
        let mut catalog = ptr::null_mut();
        check(ffi::jdp_catalog_open(&mut catalog, ptr::null()), "jdp_catalog_open")?;

        let mut embedder = ptr::null_mut();
        if rust_embedder {
            let name = CString::new("rust-word-hash-64").unwrap();
            let vtable = ffi::jdp_embedder_vtable {
                version: ffi::JDP_EMBEDDER_VTABLE_VERSION,
                name: name.as_ptr(),
                dim: 64,
                embed: Some(word_hash_embed),
                free_user_data: Some(word_hash_free),
            };
            let state = Box::into_raw(Box::new(WordHash { buckets: 64 })) as *mut c_void;
            if let Err(e) = check(ffi::jdp_embedder_new(&mut embedder, &vtable, state), "jdp_embedder_new") {
                drop(Box::from_raw(state as *mut WordHash)); // not taken on failure
                ffi::jdp_catalog_free(catalog);
                return Err(e);
            }
        }

        let mut pipeline = ptr::null_mut();
        let built = check(
            ffi::jdp_pipeline_new_with(&mut pipeline, catalog, ptr::null(), embedder, ptr::null_mut()),
            "jdp_pipeline_new_with",
        );
        // The pipeline keeps its own references to both.
        ffi::jdp_embedder_free(embedder);
        ffi::jdp_catalog_free(catalog);
        built?;

        let mut run = ptr::null_mut();
        let ran = check(
            ffi::jdp_pipeline_run(&mut run, pipeline, text.as_ptr() as *const c_char, text.len(), input_id.as_ptr()),
            "jdp_pipeline_run",
        );
        if ran.is_ok() {
            if ffi::jdp_run_rejected(run) != 0 {
                println!("rejected: {}", opt_str(ffi::jdp_run_rejection_reason(run)).unwrap_or_default());
            } else {
                let role = opt_str(ffi::jdp_run_chosen_role(run))
                    .or_else(|| opt_str(ffi::jdp_run_new_role(run)).map(|s| format!("(new) {}", s)))
                    .unwrap_or_else(|| "(none)".to_string());
                println!("case: {}", opt_str(ffi::jdp_run_case(run)).unwrap_or_default());
                println!("role: {}", role);
                println!("confidence: {:.3}", ffi::jdp_run_confidence(run));
                let skills: Vec<String> =
                    (0..ffi::jdp_run_skill_count(run)).filter_map(|i| opt_str(ffi::jdp_run_skill(run, i))).collect();
                println!("skills: {}", skills.join(", "));
            }
            ffi::jdp_run_free(run);
        }
        ffi::jdp_pipeline_free(pipeline);
        ran
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let rust_embedder = args.iter().any(|a| a == "--rust-embedder");
    let files: Vec<&String> = args.iter().skip(1).filter(|a| !a.starts_with("--")).collect();
    if files.len() != 1 {
        eprintln!("usage: {} JD_FILE [--rust-embedder]", args[0]);
        std::process::exit(2);
    }
    if let Err(e) = run(files[0], rust_embedder) {
        eprintln!("{}", e);
        std::process::exit(1);
    }
}
