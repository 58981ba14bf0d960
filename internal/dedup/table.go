package dedup

// table is an open-addressing hash table from a 32-bit band key to a
// 32-bit value, one uint64 per cell (key<<32 | value+1; 0 = empty), with
// linear probing and backward-shift deletion. One probe sequence usually
// stays inside one cache line, which matters because every band lookup in
// a large index is a cache miss. Keys are hashes already.
type table struct {
	cells []uint64
	n     int
	shift uint8
}

const tableMinBits = 10

func newTable() table {
	return table{cells: make([]uint64, 1<<tableMinBits), shift: 64 - tableMinBits}
}

func (t *table) home(key uint32) int {
	return int((uint64(key) * 0x9e3779b97f4a7c15) >> t.shift)
}

// get returns the value stored for key.
func (t *table) get(key uint32) (uint32, bool) {
	mask := len(t.cells) - 1
	for i := t.home(key); ; i = (i + 1) & mask {
		c := t.cells[i]
		if c == 0 {
			return 0, false
		}
		if uint32(c>>32) == key {
			return uint32(c) - 1, true
		}
	}
}

// ref returns the cell index for key, inserting key with value v if it is
// absent; inserted reports which.
func (t *table) ref(key, v uint32) (cell int, inserted bool) {
	if (t.n+1)*4 > len(t.cells)*3 {
		t.grow()
	}
	mask := len(t.cells) - 1
	for i := t.home(key); ; i = (i + 1) & mask {
		c := t.cells[i]
		if c == 0 {
			t.cells[i] = uint64(key)<<32 | uint64(v+1)
			t.n++
			return i, true
		}
		if uint32(c>>32) == key {
			return i, false
		}
	}
}

func (t *table) value(cell int) uint32 { return uint32(t.cells[cell]) - 1 }

func (t *table) setValue(cell int, v uint32) {
	t.cells[cell] = t.cells[cell]&^0xffffffff | uint64(v+1)
}

// find returns the cell index of key or -1.
func (t *table) find(key uint32) int {
	mask := len(t.cells) - 1
	for i := t.home(key); ; i = (i + 1) & mask {
		c := t.cells[i]
		if c == 0 {
			return -1
		}
		if uint32(c>>32) == key {
			return i
		}
	}
}

// deleteCell empties a cell and shifts later cells of the probe run back.
func (t *table) deleteCell(i int) {
	mask := len(t.cells) - 1
	for {
		t.cells[i] = 0
		j := i
		for {
			j = (j + 1) & mask
			c := t.cells[j]
			if c == 0 {
				t.n--
				return
			}
			h := t.home(uint32(c >> 32))
			// Move c into the hole at i unless its home lies in (i, j].
			if (j > i && (h <= i || h > j)) || (j < i && h <= i && h > j) {
				t.cells[i] = c
				i = j
				break
			}
		}
	}
}

func (t *table) grow() {
	old := t.cells
	t.cells = make([]uint64, 2*len(old))
	t.shift--
	mask := len(t.cells) - 1
	for _, c := range old {
		if c == 0 {
			continue
		}
		i := t.home(uint32(c >> 32))
		for t.cells[i] != 0 {
			i = (i + 1) & mask
		}
		t.cells[i] = c
	}
}

// bytes is the memory held by the table.
func (t *table) bytes() int { return 8 * len(t.cells) }
