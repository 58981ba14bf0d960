package quote

import (
	"strings"
	"testing"
)

// TestEvaluate scores Find and LinkStatements on the annotated articles.
// The gold was written before the code; the asserted floors are the
// targets of the package.
func TestEvaluate(t *testing.T) {
	s, err := Evaluate("testdata/annotated")
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("articles=%d gold=%d found=%d correct=%d (strict %d) recalled=%d", s.Articles, s.Gold, s.Found, s.Correct, s.Strict, s.Recalled)
	t.Logf("speaker precision=%.3f recall=%.3f direct-agree=%d/%d via=%d/%d", s.Precision, s.Recall, s.DirectOK, s.Correct, s.ViaOK, s.ViaGold)
	t.Logf("statement links: gold=%d found=%d correct=%d precision=%.3f recall=%.3f", s.LinkGold, s.LinkFound, s.LinkCorrect, s.LinkPrecision, s.LinkRecall)
	if testing.Verbose() {
		t.Log("errors:\n" + strings.Join(s.Errors, "\n"))
	}
	if s.Articles < 40 {
		t.Errorf("articles = %d, want >= 40", s.Articles)
	}
	// The targets of the package: speaker precision 0.95, recall 0.90.
	const targetP, targetR = 0.95, 0.90
	if s.Precision < targetP {
		t.Errorf("speaker precision = %.3f, want >= %.2f", s.Precision, targetP)
	}
	if s.Recall < targetR {
		t.Errorf("speaker recall = %.3f, want >= %.2f", s.Recall, targetR)
	}
	if s.LinkPrecision < 0.85 || s.LinkRecall < 0.5 {
		t.Errorf("statement links: precision %.3f (want >= 0.85), recall %.3f (want >= 0.5)", s.LinkPrecision, s.LinkRecall)
	}
}
