//! The part of jdpipe.h this example uses, declared by hand (no bindgen, no crates).
#![allow(non_camel_case_types, dead_code)]

use std::os::raw::{c_char, c_double, c_int, c_uint, c_void};

pub const JDP_OK: c_int = 0;
pub const JDP_EMBEDDER_VTABLE_VERSION: c_uint = 1;

#[repr(C)]
pub struct jdp_catalog {
    _private: [u8; 0],
}
#[repr(C)]
pub struct jdp_pipeline {
    _private: [u8; 0],
}
#[repr(C)]
pub struct jdp_run {
    _private: [u8; 0],
}
#[repr(C)]
pub struct jdp_embedder {
    _private: [u8; 0],
}
#[repr(C)]
pub struct jdp_llm {
    _private: [u8; 0],
}
#[repr(C)]
pub struct jdp_options {
    _private: [u8; 0],
}

#[repr(C)]
pub struct jdp_buf {
    pub ptr: *mut c_char,
    pub size: usize,
}

pub type EmbedFn = unsafe extern "C" fn(
    user_data: *mut c_void,
    texts: *const *const c_char,
    lens: *const usize,
    count: usize,
    out: *mut f32,
    err: *mut c_char,
    err_size: usize,
) -> c_int;

#[repr(C)]
pub struct jdp_embedder_vtable {
    pub version: c_uint,
    pub name: *const c_char,
    pub dim: c_int,
    pub embed: Option<EmbedFn>,
    pub free_user_data: Option<unsafe extern "C" fn(*mut c_void)>,
}

extern "C" {
    pub fn jdp_version() -> *const c_char;
    pub fn jdp_last_error() -> *const c_char;
    pub fn jdp_buf_dispose(buf: *mut jdp_buf);
    pub fn jdp_catalog_open(out: *mut *mut jdp_catalog, path: *const c_char) -> c_int;
    pub fn jdp_catalog_free(catalog: *mut jdp_catalog);
    pub fn jdp_pipeline_new_with(
        out: *mut *mut jdp_pipeline,
        catalog: *mut jdp_catalog,
        opts: *const jdp_options,
        embedder: *mut jdp_embedder,
        llm: *mut jdp_llm,
    ) -> c_int;
    pub fn jdp_pipeline_free(pipeline: *mut jdp_pipeline);
    pub fn jdp_pipeline_run(
        out: *mut *mut jdp_run,
        pipeline: *mut jdp_pipeline,
        text: *const c_char,
        len: usize,
        input_id: *const c_char,
    ) -> c_int;
    pub fn jdp_run_free(run: *mut jdp_run);
    pub fn jdp_run_case(run: *const jdp_run) -> *const c_char;
    pub fn jdp_run_chosen_role(run: *const jdp_run) -> *const c_char;
    pub fn jdp_run_new_role(run: *const jdp_run) -> *const c_char;
    pub fn jdp_run_rejected(run: *const jdp_run) -> c_int;
    pub fn jdp_run_rejection_reason(run: *const jdp_run) -> *const c_char;
    pub fn jdp_run_confidence(run: *const jdp_run) -> c_double;
    pub fn jdp_run_skill_count(run: *const jdp_run) -> usize;
    pub fn jdp_run_skill(run: *const jdp_run, i: usize) -> *const c_char;
    pub fn jdp_resolve_title_json(out: *mut jdp_buf, pipeline: *mut jdp_pipeline, title: *const c_char, k: usize) -> c_int;
    pub fn jdp_embedder_new(out: *mut *mut jdp_embedder, vtable: *const jdp_embedder_vtable, user_data: *mut c_void) -> c_int;
    pub fn jdp_embedder_free(embedder: *mut jdp_embedder);
}
