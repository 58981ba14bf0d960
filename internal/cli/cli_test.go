package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/warta-news/warta/internal/store/sqlite"
)

// run runs warta with args and returns exit code, stdout and stderr.
func run(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := Main(args, &out, &errb, func(string) string { return "" })
	return code, out.String(), errb.String()
}

const seedsDir = "../../../shared/seeds"

func needSeeds(t *testing.T) {
	t.Helper()
	if _, err := os.Stat(seedsDir); err != nil {
		t.Skipf("seed articles not found at %s (../shared beside the repo): %v", seedsDir, err)
	}
}

func exportRecords(t *testing.T, db string) map[string]map[string]any {
	t.Helper()
	code, out, errs := run(t, "export", "--db", db)
	if code != 0 {
		t.Fatalf("export: exit %d: %s", code, errs)
	}
	recs := map[string]map[string]any{}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if line == "" {
			continue
		}
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("export line %q: %v", line, err)
		}
		key := filepath.Base(m["source"].(string))
		if sid, _ := m["source_id"].(string); sid != "" {
			key += "#" + sid
		}
		recs[key] = m
	}
	return recs
}

func TestIngestSeeds(t *testing.T) {
	needSeeds(t)
	db := filepath.Join(t.TempDir(), "w.db")
	code, _, errs := run(t, "ingest", "--db", db, seedsDir)
	if code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, errs)
	}
	recs := exportRecords(t, db)
	if len(recs) != 5 {
		t.Fatalf("stored %d articles, want 5", len(recs))
	}
	get := func(prefix string) map[string]any {
		for name, r := range recs {
			if strings.HasPrefix(name, prefix) {
				return r
			}
		}
		t.Fatalf("no article from %s*", prefix)
		return nil
	}
	tests := []struct {
		seed, field, want string
	}{
		{"001", "outlet", "CNN Indonesia"},
		{"001", "published", "2019-12-31T18:19:00+07:00"},
		{"001", "published_how", "explicit"},
		{"002", "outlet", "ANTARA"},
		{"002", "published_how", "inferred"},
		{"004", "published", "2024-11-22T14:26:00+07:00"},
		{"004", "published_how", "explicit"},
	}
	for _, tt := range tests {
		if got := get(tt.seed)[tt.field]; got != tt.want {
			t.Errorf("%s %s = %v, want %q", tt.seed, tt.field, got, tt.want)
		}
	}
	if got, _ := get("002")["published"].(string); !strings.HasPrefix(got, "2019-12-30") {
		t.Errorf("002 published = %q, want 2019-12-30", got)
	}
	// 000 and 003 state no day or month: unknown, or a date inferred correctly.
	for seed, window := range map[string][2]string{"000": {"2019-12-28", "2019-12-31"}, "003": {"2024-11-21", "2024-11-22"}} {
		r := get(seed)
		how := r["published_how"]
		pub, _ := r["published"].(string)
		switch how {
		case "unknown":
		case "inferred":
			if len(pub) < 10 || pub[:10] < window[0] || pub[:10] > window[1] {
				t.Errorf("%s inferred published %q outside %v", seed, pub, window)
			}
		default:
			t.Errorf("%s published_how = %v, want unknown or inferred", seed, how)
		}
	}
	furniture := []string{"Baca juga", "TOPIK TERKAIT", "REKOMENDASI", "LAINNYA DI", "[Gambas", "(AFP Photo", "(Getty Images)", "Source link", "Copyright", "Penerjemah:", "Editor:", "Sumber: Reuters"}
	for name, r := range recs {
		text := r["text"].(string)
		for _, f := range furniture {
			if strings.Contains(text, f) {
				t.Errorf("%s: clean text still contains %q", name, f)
			}
		}
	}
	// Credits of 002 keep the source.
	var hasReuters bool
	for _, c := range get("002")["credits"].([]any) {
		m := c.(map[string]any)
		if m["role"] == "source" && m["name"] == "Reuters" {
			hasReuters = true
		}
	}
	if !hasReuters {
		t.Errorf("002 credits = %v, want source Reuters", get("002")["credits"])
	}

	// Events and storylines (part 2): the 2019 plenary and the 2024 speech
	// are two events of one storyline.
	ev := func(seed string) string { return get(seed)["event"].(string) }
	if ev("000") != ev("001") || ev("001") != ev("002") {
		t.Errorf("000, 001, 002 events = %s %s %s, want one", ev("000"), ev("001"), ev("002"))
	}
	if ev("003") != ev("004") {
		t.Errorf("003, 004 events = %s %s, want one", ev("003"), ev("004"))
	}
	if ev("000") == ev("004") {
		t.Errorf("the 2019 and 2024 events are one event %s", ev("000"))
	}
	if s0, s4 := get("000")["story"], get("004")["story"]; s0 != s4 || s0 == "" {
		t.Errorf("stories %v and %v, want one storyline", s0, s4)
	}

	// Verification (part 4): 000's doctored deck line is flagged, with a
	// reason citing its own body and the other sources; no headline of 001
	// or 002 is.
	var deckFlagged bool
	for _, f := range get("000")["flags"].([]any) {
		m := f.(map[string]any)
		if m["kind"] == "unsupported_headline" && strings.Contains(m["text"].(string), "Pertemuan rahasia") {
			deckFlagged = true
			if reason := m["reason"].(string); !strings.Contains(reason, "own body") && !strings.Contains(reason, "body") {
				t.Errorf("000 flag reason does not cite its own body: %s", reason)
			}
		}
	}
	if !deckFlagged {
		t.Errorf("000's 'Pertemuan rahasia' line is not flagged unsupported_headline: %v", get("000")["flags"])
	}
	for _, seed := range []string{"001", "002"} {
		for _, f := range get(seed)["flags"].([]any) {
			m := f.(map[string]any)
			if m["kind"] == "unsupported_headline" {
				t.Errorf("%s headline flagged: %v", seed, m["text"])
			}
		}
	}

	// Ingesting the folder again (also by another path) adds nothing.
	other := t.TempDir()
	ents, _ := os.ReadDir(seedsDir)
	for _, e := range ents {
		b, err := os.ReadFile(filepath.Join(seedsDir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(other, "copy-"+e.Name()), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, dir := range []string{seedsDir, other} {
		code, _, errs = run(t, "ingest", "--db", db, dir)
		if code != 0 {
			t.Fatalf("re-ingest %s: exit %d: %s", dir, code, errs)
		}
		if !strings.Contains(errs, " 0 new") {
			t.Errorf("re-ingest %s stored something new: %s", dir, errs)
		}
	}
	st, err := sqlite.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if n, _ := st.Count(context.Background()); n != 5 {
		t.Errorf("after re-ingest: %d articles, want 5", n)
	}
}

func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	files := map[string][]byte{
		"empty.txt":   nil,
		"blank.txt":   []byte("  \n\n \t\n"),
		"binary.txt":  append([]byte("\x00\x01\x02\x03PK\x03\x04"), bytes.Repeat([]byte{0, 0xff, 0x10}, 500)...),
		"latin1.txt":  []byte("Harga kopi naik\n\nHarga kopi di pasar Kramat naik menjadi Rp 80.000 per kilogram, kata pedagang caf\xe9 setempat pada Senin.\n"),
		"huge.txt":    append([]byte("Judul\n\n"), bytes.Repeat([]byte("kata "), 300000)...),
		"good.txt":    []byte("Pasar tradisional ramai jelang Lebaran\n\nJakarta, Kabar Kota -- Pasar tradisional di Jakarta ramai dikunjungi warga yang berbelanja kebutuhan Lebaran pada Minggu.\n"),
		"lines.jsonl": []byte("{\"id\": \"a1\", \"title\": \"Jalan tol baru dibuka\", \"text\": \"Jalan tol sepanjang 40 kilometer dibuka untuk umum pada Jumat, kata pejabat Kementerian Pekerjaan Umum.\"}\n{\"id\": \"a2\", \"title\": \n{\"id\": \"a3\", \"title\": \"Tanpa isi\"}\n"),
	}
	for name, b := range files {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	db := filepath.Join(t.TempDir(), "w.db")
	code, _, errs := run(t, "ingest", "--db", db, "--max-size", "1", dir)
	if code != ExitFail {
		t.Errorf("exit code %d, want %d (some input failed)", code, ExitFail)
	}
	wantErrs := []string{
		"empty.txt: empty file",
		"blank.txt: empty file",
		"binary.txt: binary data, not text",
		"huge.txt: file is 1.4 MB, over the 1.0 MB size limit",
		"lines.jsonl:2: malformed JSON",
		"lines.jsonl:3: no text or html field",
	}
	for _, w := range wantErrs {
		if !strings.Contains(errs, w) {
			t.Errorf("stderr lacks %q:\n%s", w, errs)
		}
	}
	recs := exportRecords(t, db)
	if len(recs) != 3 {
		t.Errorf("stored %d articles, want 3 (good.txt, latin1.txt, lines.jsonl:1): %v", len(recs), keys(recs))
	}
	if r, ok := recs["latin1.txt"]; ok {
		if !strings.Contains(r["text"].(string), "café") {
			t.Errorf("latin1 text not decoded: %q", r["text"])
		}
	} else {
		t.Errorf("latin1.txt not stored")
	}
	// A later bad batch does not harm what is stored.
	code, _, _ = run(t, "ingest", "--db", db, filepath.Join(dir, "binary.txt"), filepath.Join(dir, "missing.txt"))
	if code != ExitFail {
		t.Errorf("exit %d for only bad input, want %d", code, ExitFail)
	}
	if n := len(exportRecords(t, db)); n != 3 {
		t.Errorf("after a bad batch: %d articles, want 3", n)
	}
}

func keys(m map[string]map[string]any) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

func TestUsage(t *testing.T) {
	if code, _, _ := run(t); code != ExitUsage {
		t.Errorf("no args: exit %d, want %d", code, ExitUsage)
	}
	if code, _, _ := run(t, "frobnicate"); code != ExitUsage {
		t.Errorf("unknown command: exit %d", code)
	}
	if code, _, _ := run(t, "ingest", "--db", filepath.Join(t.TempDir(), "x.db")); code != ExitUsage {
		t.Errorf("ingest without path: exit %d", code)
	}
	if code, _, errs := run(t, "show", "--db", filepath.Join(t.TempDir(), "none.db"), "abc"); code != ExitFail || !strings.Contains(errs, "no database") {
		t.Errorf("show on missing db: exit %d, %s", code, errs)
	}
}

func TestSampleQuickStart(t *testing.T) {
	db := filepath.Join(t.TempDir(), "w.db")
	code, out, errs := run(t, "up", "--no-serve", "--db", db, "../../testdata/sample")
	if code != 0 {
		t.Fatalf("up: exit %d: %s", code, errs)
	}
	if !strings.Contains(out, "story ") {
		t.Errorf("up printed no storylines:\n%s", out)
	}
	recs := exportRecords(t, db)
	if len(recs) < 8 {
		t.Errorf("sample stored %d articles, want >= 8", len(recs))
	}
	for _, fmtName := range []string{"csv", "jsonl"} {
		if code, out, errs := run(t, "export", "--db", db, "--format", fmtName); code != 0 || len(out) == 0 {
			t.Errorf("export %s: exit %d %s", fmtName, code, errs)
		}
	}
	var id string
	for _, r := range recs {
		id = r["id"].(string)
		break
	}
	if code, out, _ := run(t, "show", "--db", db, id[:8]); code != 0 || !strings.Contains(out, id) {
		t.Errorf("show by prefix: exit %d\n%s", code, out)
	}
	if code, out, _ := run(t, "show", "--db", db, "--json", id); code != 0 || !strings.HasPrefix(strings.TrimSpace(out), "{") {
		t.Errorf("show --json: exit %d\n%s", code, out)
	}
}
