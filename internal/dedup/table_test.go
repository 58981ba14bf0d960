package dedup

import (
	"math/rand/v2"
	"testing"
)

// TestTableAgainstMap runs random operations on a table and a map.
func TestTableAgainstMap(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	tb := newTable()
	ref := map[uint32]uint32{}
	for op := range 200_000 {
		key := r.Uint32N(5000) * 2654435761 // clustered homes are the hard case
		switch r.IntN(3) {
		case 0, 1:
			v := uint32(op) & 0x7fffffff
			cell, ins := tb.ref(key, v)
			if _, ok := ref[key]; ok == ins {
				t.Fatalf("op %d: ref(%d) inserted=%v, map has=%v", op, key, ins, ok)
			}
			if !ins {
				tb.setValue(cell, v)
			}
			ref[key] = v
		case 2:
			if c := tb.find(key); c >= 0 {
				tb.deleteCell(c)
			}
			delete(ref, key)
		}
		if op%1000 == 0 {
			if tb.n != len(ref) {
				t.Fatalf("op %d: n = %d, map %d", op, tb.n, len(ref))
			}
			for k, v := range ref {
				if got, ok := tb.get(k); !ok || got != v {
					t.Fatalf("op %d: get(%d) = %d, %v; want %d", op, k, got, ok, v)
				}
			}
		}
	}
}
