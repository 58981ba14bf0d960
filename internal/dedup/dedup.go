// Package dedup finds reprints and near-duplicates with MinHash signatures
// over word shingles and LSH banding, never comparing all pairs.
//
// API CONTRACT (the pipeline and cluster are written against it):
//
//	Sign(text string) Signature
//	NewIndex(cfg Config) *Index
//	(*Index).Add(id string, sig Signature, at time.Time)
//	(*Index).Find(sig Signature) (id string, similarity float64, ok bool)  best near-duplicate above threshold
//	(*Index).Evict(before time.Time)          drop entries older than the window
//	(*Index).Len() int
//
// Index is safe for concurrent use.
package dedup

import "time"

// Signature is a MinHash signature.
type Signature []uint32

// Config sets the index.
type Config struct {
	Threshold float64 // estimated Jaccard similarity to call a near-duplicate
}

// Index finds near-duplicates among added signatures. STUB.
type Index struct{}

// Sign computes the MinHash signature of text. STUB.
func Sign(text string) Signature { return nil }

// NewIndex returns an empty index. STUB.
func NewIndex(cfg Config) *Index { return &Index{} }

// Add indexes a signature. STUB.
func (x *Index) Add(id string, sig Signature, at time.Time) {}

// Find returns the most similar indexed article above the threshold. STUB.
func (x *Index) Find(sig Signature) (string, float64, bool) { return "", 0, false }

// Evict drops entries added before the given time. STUB.
func (x *Index) Evict(before time.Time) {}

// Len is the number of indexed signatures. STUB.
func (x *Index) Len() int { return 0 }
