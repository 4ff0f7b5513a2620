package main

import (
	"flag"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/docdrift/docdrift/docsparse"
	"github.com/docdrift/docdrift/internal/config"
	"github.com/docdrift/docdrift/internal/docfiles"
	"github.com/docdrift/docdrift/internal/featuregen"
	"github.com/docdrift/docdrift/internal/understand"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden with how docdrift reads the corpus and the held-out set now")

// Every GOLD row's verdict is in testdata/understanding.golden: a change that newly fails a
// row (or newly reads a fact as a step) shows up here, and goes in only with -update, as a
// decision someone made and reviewed in the diff.
func TestUnderstandingOfTheCorpus(t *testing.T) {
	checkReading(t, filepath.Join("..", "..", "testdata", "corpus"), "understanding.golden")
}

// The held-out set (testdata/heldout) is docs nobody tuned docdrift on. Its golden shows how a
// change reads them too; a change is judged by both files, and none may special-case its rows.
func TestUnderstandingOfTheHeldOutSet(t *testing.T) {
	checkReading(t, filepath.Join("..", "..", "testdata", "heldout"), "heldout.golden")
}

// checkReading scores the docs of dir against its GOLD.tsv and compares every row's verdict
// and the table with testdata/<golden>.
func checkReading(t *testing.T, dir, golden string) {
	t.Helper()
	rows, err := readGold(filepath.Join(dir, "GOLD.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	repos, err := readManifest(filepath.Join(dir, "MANIFEST.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	file, err := config.Load(filepath.Join(dir, config.Name), config.Checks{
		Given: func(s string) bool { return understand.Read(s).Understood() },
	})
	if err != nil {
		t.Fatal(err)
	}
	// The set's docs are its manifest's: its README (which grows with every batch's notes)
	// is no doc of the set.
	var paths []string
	for f := range repos {
		paths = append(paths, filepath.Join(dir, f))
	}
	sort.Strings(paths)
	files, findings := docfiles.Load(paths)
	if len(findings) > 0 {
		t.Fatalf("%s: %v", dir, findings)
	}
	var sents []sentence
	for _, f := range files {
		for _, s := range featuregen.Explain(docsparse.ParseWith(f.Path, f.Src, docsparse.Options{Include: file.Include})) {
			sents = append(sents, sentenceOf(s))
		}
	}
	sc := score(rows, namer(file, repos), sents)
	var b strings.Builder
	for _, r := range sc.rows {
		b.WriteString(r.String() + "\n")
	}
	sc.table(&b, 90, 80, 2)
	path := filepath.Join("testdata", golden)
	if *update {
		if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (go test ./bench/understanding -update writes it)", err)
	}
	if got := b.String(); got != string(want) {
		t.Errorf("%s reads differently from %s; review and run go test ./bench/understanding -update:\n%s", dir, path, diffLines(string(want), got))
	}
}

// sentenceOf is what explain --format json says of a sentence, without the round trip.
func sentenceOf(s featuregen.Sentence) sentence {
	out := sentence{Path: s.At.Path, Line: s.At.Line, Text: s.Text, Role: string(s.Meaning.Role),
		Understood: s.Meaning.Understood(), Reading: s.Meaning.String()}
	if !s.Step {
		out.Role = "note"
	}
	if s.Meaning.Surface.Kind != understand.Product {
		out.SurfaceKind = string(s.Meaning.Surface.Kind)
	}
	for _, a := range s.Meaning.Acts {
		out.Acts = append(out.Acts, struct {
			Verb string `json:"verb"`
		}{string(a.Verb)})
	}
	return out
}

// diffLines lists the lines of got that are not in want and the other way round.
func diffLines(want, got string) string {
	in := func(s string) map[string]bool {
		m := map[string]bool{}
		for _, l := range strings.Split(s, "\n") {
			m[l] = true
		}
		return m
	}
	w, g := in(want), in(got)
	var b strings.Builder
	for _, l := range strings.Split(want, "\n") {
		if !g[l] {
			b.WriteString("- " + l + "\n")
		}
	}
	for _, l := range strings.Split(got, "\n") {
		if !w[l] {
			b.WriteString("+ " + l + "\n")
		}
	}
	return b.String()
}

// A labelled sentence may open with a quotation mark it never closes; the next rows are
// rows of their own, not the rest of a quoted field.
func TestReadGoldKeepsEveryRow(t *testing.T) {
	path := filepath.Join(t.TempDir(), "GOLD.tsv")
	src := "file\tline\tkind\tsurface\taction\tlabels\ttext\n" +
		"a.md\t3\tnotstep\t-\t-\t-\t\"The deal has been won.\n" +
		"a.md\t4\tui\tX\tclick\tSave\tClick **Save**.\n" +
		"a.md\t5\tui\tX\tclick\tOK\t\"OK\" is the last button.\r\n"
	if err := os.WriteFile(path, []byte(src), 0o600); err != nil {
		t.Fatal(err)
	}
	rows, err := readGold(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 3 || rows[1].text != "Click **Save**." || rows[2].text != `"OK" is the last button.` {
		t.Errorf("rows %+v, want the three rows as written", rows)
	}
	if err := os.WriteFile(path, []byte(src+"a.md\t6\tui\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := readGold(path); err == nil || !strings.Contains(err.Error(), "GOLD.tsv:5: want 7 columns, have 3") {
		t.Errorf("a short row: %v", err)
	}
}
