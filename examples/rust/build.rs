// Links libjdpipe_capi.so (jdpipe's C ABI as one shared library). Set JDPIPE_LIB_DIR to the folder
// that holds it (a build tree, or <prefix>/lib of an installed jdpipe); the binary records it as
// its RPATH so that it runs without LD_LIBRARY_PATH.
fn main() {
    println!("cargo:rerun-if-env-changed=JDPIPE_LIB_DIR");
    if let Ok(dir) = std::env::var("JDPIPE_LIB_DIR") {
        println!("cargo:rustc-link-search=native={}", dir);
        println!("cargo:rustc-link-arg=-Wl,-rpath,{}", dir);
    }
    println!("cargo:rustc-link-lib=dylib=jdpipe_capi");
}
