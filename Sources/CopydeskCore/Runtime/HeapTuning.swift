#if canImport(Glibc)
import Glibc
#endif

/// How the process's allocator is set up, once, before any day is loaded.
///
/// glibc keeps freed small blocks in "fast bins" without merging them, and merges them all at once
/// (`malloc_consolidate`) at the next large request. A day's engine frees about a million small
/// arrays (its tweet profiles and scratch) and then asks for large arrays: the merging was a serial
/// 13-18 ms in the middle of a 100k-tweet day's engine. Without fast bins, a freed block is merged
/// as it is freed, on whichever core frees it. The gain is small: about 2% less CPU over 30 paired
/// runs of a 20k-tweet day; on the 100k-tweet day it is within the machine's noise.
public enum HeapTuning {
    /// Call first thing in `main`; it changes no result, only the allocator's bookkeeping.
    /// Returns whether the allocator took the setting (false where there is no glibc `mallopt`).
    @discardableResult
    public static func apply() -> Bool {
        #if canImport(Glibc)
        // `mallopt` is declared in <malloc.h>, which the Glibc module leaves out: found by name.
        guard let process = dlopen(nil, RTLD_NOW), let symbol = dlsym(process, "mallopt") else { return false }
        let mallopt = unsafeBitCast(symbol, to: (@convention(c) (Int32, Int32) -> Int32).self)
        let fastBinLimit: Int32 = 1  // M_MXFAST
        return mallopt(fastBinLimit, 0) == 1
        #else
        return false
        #endif
    }
}
