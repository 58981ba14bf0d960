package verify

import (
	"strings"
	"testing"
)

// TestSeeds puts seeds 000, 001 and 002 (one event, three outlets) through
// extract, entity and quote analysis and then Event.
func TestSeeds(t *testing.T) {
	arts := loadSeeds(t, "000", "001", "002")
	rep := Event(arts)
	if len(rep.Origins) != 3 {
		t.Fatalf("origins = %d, want 3 (BBC translation, CNN Indonesia, ANTARA/Reuters): %+v", len(rep.Origins), rep.Origins)
	}
	// 000's subtitle is unsupported, with a reason naming its body and both other sources
	var found bool
	for _, f := range arts[0].Flags {
		if f.Kind == FlagUnsupportedHeadline && f.Paragraph == -2 {
			found = true
			if !strings.Contains(f.Text, "rahasia") {
				t.Errorf("flag text = %q", f.Text)
			}
			for _, want := range []string{"own body", "CNN Indonesia", "Reuters", "rahasia"} {
				if !strings.Contains(f.Reason, want) {
					t.Errorf("reason lacks %q: %s", want, f.Reason)
				}
			}
			for _, a := range arts {
				if !contains(f.Compared, a.ID) {
					t.Errorf("compared %v lacks %s", f.Compared, a.ID)
				}
			}
		}
	}
	if !found {
		t.Errorf("000 subtitle not flagged unsupported_headline; flags: %+v", arts[0].Flags)
	}
	// no headline claim of 001 or 002 is flagged
	for _, a := range arts[1:] {
		for _, f := range a.Flags {
			if f.Kind == FlagUnsupportedHeadline {
				t.Errorf("%s: headline flagged: %q: %s", a.ID, f.Text, f.Reason)
			}
		}
	}
	// "positive and offensive measures": 3 independent origins
	var best int
	for _, r := range rep.Claims {
		if strings.Contains(r.Text, "positif dan ofensif") {
			if n := 1 + len(r.Agreeing); n > best {
				best = n
			}
		}
	}
	if best != 3 {
		t.Errorf("positive-and-offensive claim: %d origins, want 3", best)
	}
	for _, a := range arts {
		if a.Verification == nil || a.Verification.Claims == 0 || a.Origin == "" {
			t.Errorf("%s: verification %+v origin %q", a.ID, a.Verification, a.Origin)
		}
		if a.Verification.Flags != len(a.Flags) {
			t.Errorf("%s: summary flags %d, article %d", a.ID, a.Verification.Flags, len(a.Flags))
		}
	}
}

func contains(s []string, x string) bool {
	for _, y := range s {
		if y == x {
			return true
		}
	}
	return false
}
