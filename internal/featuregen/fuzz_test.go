package featuregen

import (
	"bytes"
	"os"
	"testing"

	gherkin "github.com/cucumber/gherkin/go/v42"
	messages "github.com/cucumber/messages/go/v34"

	"github.com/docdrift/docdrift/docsparse"
)

// FuzzGenerate feeds any Markdown through Parse and Generate: neither may panic, and every
// feature must parse with godog's Gherkin parser and carry a line map covering its steps.
func FuzzGenerate(f *testing.F) {
	for _, file := range corpusDocs(f) {
		src, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(src)
	}
	f.Add([]byte("# T\n\n<!-- docdrift: given a legacy API account exists -->\n<!-- docdrift: value \"Name\" = \"x\" -->\n1. Select **A**. The **B** page opens.\n   1. Click `c`.\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		doc := docsparse.Parse("fuzz.md", src)
		feature, err := Generate(doc)
		if err != nil || feature == nil {
			return // a refusal (an over-long line) is an answer; a panic is not
		}
		gd, err := gherkin.ParseGherkinDocument(bytes.NewReader(feature), (&messages.Incrementing{}).NewId)
		if err != nil {
			t.Fatalf("gherkin parser rejects the feature: %v\n%s", err, feature)
		}
		if n, want := len(gd.Feature.Children), asking(doc); n != want {
			t.Fatalf("%d scenarios for %d procedures that ask anything:\n%s", n, want, feature)
		}
		assertLineMapCoversSteps(t, feature)
	})
}

// BenchmarkParseGenerateCorpus measures the whole front half of docdrift over the corpus:
// Markdown to procedures to Gherkin.
func BenchmarkParseGenerateCorpus(b *testing.B) {
	type doc struct {
		path string
		src  []byte
	}
	var docs []doc
	total := 0
	for _, file := range corpusDocs(b) {
		src, err := os.ReadFile(file)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, doc{file, src})
		total += len(src)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			if _, err := Generate(docsparse.Parse(d.path, d.src)); err != nil {
				b.Fatal(err)
			}
		}
	}
}
