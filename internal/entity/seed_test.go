package entity

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const seedDir = "../../../shared/seeds"

// TestSeeds checks on the five real seed articles (read, never copied)
// that each group of spellings resolves to one entity id across all of
// them, and that titles become roles.
func TestSeeds(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(seedDir, "*.txt"))
	if len(files) == 0 {
		t.Skipf("seed articles not found in %s", seedDir)
	}
	ids := map[string]map[string]bool{} // surface form -> ids
	roles := map[string]map[string]bool{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatalf("read %s: %v", f, err)
		}
		lines := strings.Split(string(b), "\n")
		for _, m := range Find("id", lines[0], lines[1:]) {
			if ids[m.Text] == nil {
				ids[m.Text] = map[string]bool{}
				roles[m.Text] = map[string]bool{}
			}
			ids[m.Text][m.ID] = true
			roles[m.Text][m.Role] = true
		}
	}
	groups := [][]string{
		{"Kim Jong-un", "Kim Jong Un", "Kim Jong-Un"},
		{"Amerika Serikat", "AS"},
		{"Korea Utara", "Korut"},
		{"Robert O'Brien", "Robert O’Brien", "O'Brien"},
		{"Donald Trump", "Trump"},
	}
	for _, g := range groups {
		one := map[string]bool{}
		for _, form := range g {
			if len(ids[form]) == 0 {
				t.Errorf("%q not found in the seeds", form)
			}
			for id := range ids[form] {
				one[id] = true
			}
		}
		if len(one) != 1 {
			t.Errorf("%q resolve to %d ids %v, want one", g, len(one), one)
		}
	}
	if !roles["Vladimir Putin"]["presiden"] {
		t.Errorf("Vladimir Putin roles = %v, want presiden", roles["Vladimir Putin"])
	}
	if !roles["Robert O’Brien"]["penasihat keamanan nasional Gedung Putih"] {
		t.Errorf("Robert O’Brien roles = %v", roles["Robert O’Brien"])
	}
}
