;; The fold kernel: the fast loop of `run` (engine.ts) in WebAssembly with 128-bit SIMD.
;; Built into kernel-wasm.ts by scripts/build-kernel.mjs (npm run build:kernel).
;;
;; It does what the JS pair loop does, for text without an alignment: every UTF-16 unit is
;; looked up in the compiled table and replaced (1:1) or deleted (DEL), in place; it stops at
;; the first contextual case (SPECIAL) and hands the rest to the JS general loop.
;;
;; Memory (one instance per compiled table, nothing shared):
;;   [0, 131072)       the compiled table, u16 per unit (a copy of Compiled.table)
;;   [131072, 131200)  LUT: for the units U+0600–U+067F, the low byte of their output when it
;;                     stays in U+0601–U+06FF (0: deleted, contextual, or leaves the block)
;;   [131328, 327680)  the text's units, folded in place (output never overtakes input)
;;   [327680, 524288)  the input index of each deleted unit, i32, the first 49,152 of them
;;                     (normalizeWithMap rebuilds its alignment from them)
;;
;; Sixteen units at a time: when every unit is ASCII (which the caller checked the table leaves
;; alone) or in U+0600–U+067F with a non-zero LUT entry, the block is folded with eight byte
;; swizzles and no branch per unit. Arabic news is mostly such blocks: letters, spaces, ، ؟
;; and ASCII digits; أ→ا, ة→ه, ى→ي are LUT entries. Any other block (tashkeel to delete,
;; « », NBSP, Arabic-Indic digits) goes unit by unit through the full table.
(module
  (memory (export "memory") 8)
  ;; Output length (units) and whether any unit changed, for the caller to read after `fold`.
  (global $outLength (export "outLength") (mut i32) (i32.const 0))
  (global $changed (export "changed") (mut i32) (i32.const 0))
  ;; How many units were deleted (their indices are listed up to the list's capacity).
  (global $deleted (export "deleted") (mut i32) (i32.const 0))

  ;; Folds units [0, n) at 131328. Returns n, or the index of the first SPECIAL unit (units
  ;; before it are folded into [0, outLength); units from it on are untouched).
  (func (export "fold") (param $n i32) (param $simd i32) (result i32)
    (local $i i32) (local $j i32) (local $c i32) (local $t i32) (local $end i32) (local $unitChanged i32)
    (local $a v128) (local $b v128) (local $lo v128) (local $hi v128) (local $r v128)
    (local $arabic v128) (local $out v128) (local $diff v128)
    (local $t0 v128) (local $t1 v128) (local $t2 v128) (local $t3 v128)
    (local $t4 v128) (local $t5 v128) (local $t6 v128) (local $t7 v128)
    (local.set $t0 (v128.load (i32.const 131072)))
    (local.set $t1 (v128.load (i32.const 131088)))
    (local.set $t2 (v128.load (i32.const 131104)))
    (local.set $t3 (v128.load (i32.const 131120)))
    (local.set $t4 (v128.load (i32.const 131136)))
    (local.set $t5 (v128.load (i32.const 131152)))
    (local.set $t6 (v128.load (i32.const 131168)))
    (local.set $t7 (v128.load (i32.const 131184)))
    (global.set $deleted (i32.const 0))
    (block $done
      (loop $block
        (local.set $end (local.get $n))
        (if (i32.and (local.get $simd) (i32.le_u (i32.add (local.get $i) (i32.const 16)) (local.get $n)))
          (then
            (local.set $end (i32.add (local.get $i) (i32.const 16)))
            (local.set $a (v128.load (i32.add (i32.const 131328) (i32.shl (local.get $i) (i32.const 1)))))
            (local.set $b (v128.load offset=16 (i32.add (i32.const 131328) (i32.shl (local.get $i) (i32.const 1)))))
            ;; Low and high bytes of the sixteen units (little-endian).
            (local.set $lo (i8x16.shuffle 0 2 4 6 8 10 12 14 16 18 20 22 24 26 28 30 (local.get $a) (local.get $b)))
            (local.set $hi (i8x16.shuffle 1 3 5 7 9 11 13 15 17 19 21 23 25 27 29 31 (local.get $a) (local.get $b)))
            (local.set $arabic
              (v128.and (i8x16.eq (local.get $hi) (v128.const i8x16 6 6 6 6 6 6 6 6 6 6 6 6 6 6 6 6))
                        (i8x16.lt_u (local.get $lo) (v128.const i8x16 128 128 128 128 128 128 128 128 128 128 128 128 128 128 128 128))))
            (if (i8x16.all_true
                  (v128.or (local.get $arabic)
                    (v128.and (i8x16.eq (local.get $hi) (v128.const i64x2 0 0))
                              (i8x16.lt_u (local.get $lo) (v128.const i8x16 128 128 128 128 128 128 128 128 128 128 128 128 128 128 128 128)))))
              (then
                ;; LUT[lo]: swizzle gives 0 for an index of 16 or more, so each of the eight
                ;; sixteen-byte slices answers only for its own range of lo.
                (local.set $r
                  (v128.or
                    (v128.or
                      (v128.or (i8x16.swizzle (local.get $t0) (local.get $lo))
                               (i8x16.swizzle (local.get $t1) (i8x16.sub (local.get $lo) (v128.const i8x16 16 16 16 16 16 16 16 16 16 16 16 16 16 16 16 16))))
                      (v128.or (i8x16.swizzle (local.get $t2) (i8x16.sub (local.get $lo) (v128.const i8x16 32 32 32 32 32 32 32 32 32 32 32 32 32 32 32 32)))
                               (i8x16.swizzle (local.get $t3) (i8x16.sub (local.get $lo) (v128.const i8x16 48 48 48 48 48 48 48 48 48 48 48 48 48 48 48 48)))))
                    (v128.or
                      (v128.or (i8x16.swizzle (local.get $t4) (i8x16.sub (local.get $lo) (v128.const i8x16 64 64 64 64 64 64 64 64 64 64 64 64 64 64 64 64)))
                               (i8x16.swizzle (local.get $t5) (i8x16.sub (local.get $lo) (v128.const i8x16 80 80 80 80 80 80 80 80 80 80 80 80 80 80 80 80))))
                      (v128.or (i8x16.swizzle (local.get $t6) (i8x16.sub (local.get $lo) (v128.const i8x16 96 96 96 96 96 96 96 96 96 96 96 96 96 96 96 96)))
                               (i8x16.swizzle (local.get $t7) (i8x16.sub (local.get $lo) (v128.const i8x16 112 112 112 112 112 112 112 112 112 112 112 112 112 112 112 112)))))))
                (if (i32.eqz (v128.any_true (v128.and (local.get $arabic) (i8x16.eq (local.get $r) (v128.const i64x2 0 0)))))
                  (then
                    (local.set $out (v128.bitselect (local.get $r) (local.get $lo) (local.get $arabic)))
                    (local.set $diff (v128.or (local.get $diff) (v128.xor (local.get $out) (local.get $lo))))
                    (v128.store (i32.add (i32.const 131328) (i32.shl (local.get $j) (i32.const 1)))
                      (i8x16.shuffle 0 16 1 17 2 18 3 19 4 20 5 21 6 22 7 23 (local.get $out) (local.get $hi)))
                    (v128.store offset=16 (i32.add (i32.const 131328) (i32.shl (local.get $j) (i32.const 1)))
                      (i8x16.shuffle 8 24 9 25 10 26 11 27 12 28 13 29 14 30 15 31 (local.get $out) (local.get $hi)))
                    (local.set $i (i32.add (local.get $i) (i32.const 16)))
                    (local.set $j (i32.add (local.get $j) (i32.const 16)))
                    (br $block)))))))
        ;; Unit by unit up to $end: the rest of a block SIMD could not take, or the tail.
        (block $unitsDone
          (loop $unit
            (br_if $unitsDone (i32.ge_u (local.get $i) (local.get $end)))
            (local.set $c (i32.load16_u (i32.add (i32.const 131328) (i32.shl (local.get $i) (i32.const 1)))))
            (local.set $t (i32.load16_u (i32.shl (local.get $c) (i32.const 1))))
            (if (i32.ne (local.get $t) (local.get $c))
              (then
                (local.set $unitChanged (i32.const 1))
                ;; DEL (0xD800) and SPECIAL (0xD801) sit in the surrogate range, where every
                ;; surrogate maps to itself.
                (if (i32.eq (i32.and (local.get $t) (i32.const 0xf800)) (i32.const 0xd800))
                  (then
                    (if (i32.eq (local.get $t) (i32.const 0xd801))
                      (then
                        (global.set $outLength (local.get $j))
                        (global.set $changed (i32.or (local.get $unitChanged) (v128.any_true (local.get $diff))))
                        (return (local.get $i))))
                    ;; DEL: note where, for an alignment.
                    (if (i32.lt_u (global.get $deleted) (i32.const 49152))
                      (then
                        (i32.store (i32.add (i32.const 327680) (i32.shl (global.get $deleted) (i32.const 2))) (local.get $i))))
                    (global.set $deleted (i32.add (global.get $deleted) (i32.const 1)))
                    (local.set $i (i32.add (local.get $i) (i32.const 1)))
                    (br $unit)))))
            (i32.store16 (i32.add (i32.const 131328) (i32.shl (local.get $j) (i32.const 1))) (local.get $t))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $unit)))
        (br_if $block (i32.lt_u (local.get $i) (local.get $n)))))
    (global.set $outLength (local.get $j))
    (global.set $changed (i32.or (local.get $unitChanged) (v128.any_true (local.get $diff))))
    (local.get $i)))
