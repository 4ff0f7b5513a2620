package featuregen

import (
	"flag"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/docdrift/docdrift/docsparse"
)

var update = flag.Bool("update", false, "rewrite testdata/*.feature.golden with what Generate returns")

const seed = "../../testdata/seed/includes/_api_oauth_tokens.md"

// corpusDocs lists the seed, every doc of testdata/corpus and this package's own docs
// (directives, sub-steps and markup the corpus lacks).
func corpusDocs(t testing.TB) []string {
	docs, err := filepath.Glob("../../testdata/corpus/*.md")
	if err != nil || len(docs) == 0 {
		t.Fatalf("no corpus docs: %v", err)
	}
	own, err := filepath.Glob("testdata/docs/*.md")
	if err != nil || len(own) == 0 {
		t.Fatalf("no docs in testdata/docs: %v", err)
	}
	docs = append(append(docs, own...), seed)
	sort.Strings(docs)
	return docs
}

// parseFile parses a doc under the path a user would give from the repository root, so
// positions in goldens read as they do in real use.
func parseFile(t testing.TB, file string) *docsparse.Document {
	t.Helper()
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	return docsparse.Parse(strings.TrimPrefix(filepath.ToSlash(file), "../../"), src)
}

func TestGolden(t *testing.T) {
	docs := map[string]string{
		"seed":            seed,
		"directives":      "testdata/docs/directives.md",
		"oauth_2017":      "../../testdata/corpus/03__bc-mkatz__slate-1__1ad2eaef__source__includes___api_oauth_tokens.md",
		"harbor_robot":    "../../testdata/corpus/26__goharbor__website__9f010ab1__docs__working-with-projects__project-configuration__create-robot-accounts.md",
		"magento_integr":  "../../testdata/corpus/35__magento__merchdocs__5577c9d6__src__system__integrations.md",
		"s3_bucket":       "../../testdata/corpus/44__awsdocs__amazon-s3-userguide__cc53dd6a__doc_source__creating-bucket.md",
		"opensearch_user": "../../testdata/corpus/56__opensearch-project__documentation-website__cf95a341___security__access-control__users-roles.md",
	}
	for name, file := range docs {
		t.Run(name, func(t *testing.T) {
			got, err := Generate(parseFile(t, file))
			if err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("testdata", name+".feature.golden")
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if string(got) != string(want) {
				t.Errorf("Generate(%s) differs from %s (run go test -update if intended):\n%s", file, golden, got)
			}
		})
	}
}

// Every corpus doc gives a feature godog's parser accepts, whose line map covers every step,
// and generating twice gives the same bytes.
func TestCorpusParsesWithGherkin(t *testing.T) {
	for _, file := range corpusDocs(t) {
		t.Run(filepath.Base(file), func(t *testing.T) {
			doc := parseFile(t, file)
			got, err := Generate(doc)
			if err != nil {
				t.Fatal(err)
			}
			if got == nil {
				if asking(doc) > 0 {
					t.Fatal("no feature for a doc with procedures")
				}
				return
			}
			gd := mustParseGherkin(t, got)
			if n, want := len(gd.Feature.Children), asking(doc); n != want {
				t.Errorf("%d scenarios for %d procedures that ask anything", n, want)
			}
			assertLineMapCoversSteps(t, got)
			assertMarkupRoundTrips(t, doc, got)
			again, _ := Generate(parseFile(t, file))
			if string(again) != string(got) {
				t.Error("generating twice gave different bytes")
			}
		})
	}
}

// assertMarkupRoundTrips checks that the line map gives the first step of every doc step a
// position inside that doc step and its markup exactly as written.
func assertMarkupRoundTrips(t *testing.T, doc *docsparse.Document, feature []byte) {
	t.Helper()
	var steps []docsparse.Step // in doc order
	var walk func([]docsparse.Step)
	walk = func(ss []docsparse.Step) {
		for _, s := range ss {
			steps = append(steps, s)
			walk(s.SubSteps)
		}
	}
	for _, p := range doc.Procedures {
		if p.Lead.Markup != "" {
			steps = append(steps, p.Lead)
		}
		walk(p.Steps)
	}
	m, err := ReadLineMap(feature)
	if err != nil {
		t.Fatal(err)
	}
	for _, sc := range m.Scenarios {
		for _, st := range sc.Steps {
			if st.Directive || st.Sentence != 1 {
				continue
			}
			// The doc step may hold the sentence in its own text or, after its sub-steps, in a
			// paragraph that follows them: any doc step at or before it with that markup.
			found := false
			for _, ds := range steps {
				if !before(st.At.Pos, ds.Pos) && ds.Markup == st.Markup {
					found = true
				}
			}
			if !found {
				t.Errorf("feature line %d: markup %q is no doc step's at or before %v", st.Line, st.Markup, st.At)
			}
		}
	}
}

// asking counts the procedures of doc with a sentence that asks anything: the others (lists of
// facts, options or links) give no scenario.
func asking(doc *docsparse.Document) int {
	n := 0
	for _, p := range doc.Procedures {
		for _, s := range Explain(&docsparse.Document{Path: doc.Path, Procedures: []docsparse.Procedure{p}}) {
			if s.Step {
				n++
				break
			}
		}
	}
	return n
}
