package article

import (
	"encoding/json"
	"reflect"
	"testing"
)

func TestUnmarshalCard(t *testing.T) {
	full := &Article{ID: "a1", Title: "Judul", Outlet: "Warta", Paragraphs: []string{"Satu \"kutip\" \\ \u00e9.", "Dua.", "Tiga."},
		Entities: []Entity{{ID: "person:x", Name: "X", Count: 2}}, Quotes: []Quote{{Speaker: "X", Text: "kata"}},
		Flags: []Flag{{Kind: "single_source", Text: "t"}}}
	doc, err := json.Marshal(full)
	if err != nil {
		t.Fatal(err)
	}
	var got Article
	if err := UnmarshalCard(doc, &got); err != nil {
		t.Fatal(err)
	}
	want := *full
	want.Paragraphs = full.Paragraphs[:1]
	if !reflect.DeepEqual(&got, &want) {
		t.Errorf("card = %+v\nwant %+v", got, want)
	}
	for _, tc := range []struct {
		doc  string
		want []string
	}{
		{`{"paragraphs":[]}`, nil},
		{`{"paragraphs":null}`, nil},
		{`{}`, nil},
		{`{"paragraphs": [ "a\"b" , "c"]}`, []string{`a"b`}},
		{`{"paragraphs":["\\"]}`, []string{`\`}},
	} {
		var a Article
		if err := UnmarshalCard([]byte(tc.doc), &a); err != nil || !reflect.DeepEqual(a.Paragraphs, tc.want) {
			t.Errorf("%s: %q, %v; want %q", tc.doc, a.Paragraphs, err, tc.want)
		}
	}
	for _, bad := range []string{`{"paragraphs":"x"}`, `{"paragraphs":[1]`, `not json`} {
		var a Article
		if err := UnmarshalCard([]byte(bad), &a); err == nil {
			t.Errorf("%s: no error", bad)
		}
	}
}

// FuzzUnmarshalCard checks that a card agrees with a full decode on
// everything it keeps.
func FuzzUnmarshalCard(f *testing.F) {
	f.Add(`{"title":"x","paragraphs":["a","b"]}`)
	f.Add(`{"paragraphs":["\u00e9\\\"",""]}`)
	f.Add(`{"paragraphs":[ ]}`)
	f.Fuzz(func(t *testing.T, doc string) {
		var full, card Article
		errFull := json.Unmarshal([]byte(doc), &full)
		errCard := UnmarshalCard([]byte(doc), &card)
		if errFull != nil {
			return // the card may or may not fail on invalid documents
		}
		if errCard != nil {
			t.Fatalf("card failed where full decode worked: %v", errCard)
		}
		if len(full.Paragraphs) > 0 && (len(card.Paragraphs) != 1 || card.Paragraphs[0] != full.Paragraphs[0]) {
			t.Fatalf("first paragraph %q, want %q", card.Paragraphs, full.Paragraphs[0])
		}
		full.Paragraphs, card.Paragraphs = nil, nil
		if !reflect.DeepEqual(full, card) {
			t.Fatalf("card %+v differs from %+v", card, full)
		}
	})
}
