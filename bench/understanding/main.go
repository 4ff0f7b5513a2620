// Command understanding scores how well docdrift reads real how-to docs: it compares the
// sentences `docdrift explain --format json` reports for the corpus with GOLD.tsv, the
// hand-checked reading of every procedure sentence, and prints per product the share of
// `ui` sentences docdrift turns into steps it knows how to perform or check, and the share
// of `notstep` and `nonui` sentences it would perform in a browser (noise).
//
// bench/understanding.sh builds docdrift, runs explain over testdata/corpus and pipes the
// result here.
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/docdrift/docdrift/internal/config"
	"github.com/docdrift/docdrift/internal/understand"
)

func main() {
	if err := run(os.Args[1:], os.Stdin, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "understanding:", err)
		os.Exit(2)
	}
}

// sentence is one line of `docdrift explain --format json`.
type sentence struct {
	Path        string `json:"path"`
	Line        int    `json:"line"`
	Text        string `json:"text"`
	Role        string `json:"role"`
	Understood  bool   `json:"understood"`
	SurfaceKind string `json:"surfaceKind"`
	Reading     string `json:"reading"`
	Acts        []struct {
		Verb string `json:"verb"`
	} `json:"acts"`
}

// idle reports a sentence read as asking nothing to be performed ("Leave the rest as
// default", "Configure your token:" above its sub-steps).
func (s sentence) idle() bool {
	for _, a := range s.Acts {
		if a.Verb != "nothing" {
			return false
		}
	}
	return len(s.Acts) > 0
}

// offWeb reports a sentence read as happening off any web page — in a terminal, a file,
// program code, an API call or on the reader's device — which a run reports not checked
// here: for a sentence GOLD calls a UI step, a misreading the understood score does not show.
func (s sentence) offWeb() bool {
	switch s.SurfaceKind {
	case "terminal", "file", "code", "api", "device":
		return true
	}
	return false
}

// gold is one row of GOLD.tsv.
type gold struct {
	file, kind, surface, action, labels, text string
	line                                      int
}

func run(args []string, stdin io.Reader, stdout io.Writer) error {
	flags := flag.NewFlagSet("understanding", flag.ContinueOnError)
	goldPath := flags.String("gold", "testdata/corpus/GOLD.tsv", "the gold `file`")
	manifest := flags.String("manifest", "testdata/corpus/MANIFEST.tsv", "the corpus manifest `file` (repo of each doc)")
	misses := flags.String("list", "", "also list rows: `misses` (ui rows not understood), noise, or all")
	minUI := flags.Float64("min-ui", 90, "fail when fewer than this `percent` of ui sentences are understood")
	minProduct := flags.Float64("min-product", 80, "fail when a product's ui sentences are understood below this `percent`")
	maxNoise := flags.Float64("max-noise", 2, "fail when more than this `percent` of notstep/nonui sentences would run in a browser")
	cfgPath := flags.String("config", "", "the docs set's docdrift.toml `file`, whose [[product]] names name the products (default: by repository)")
	if err := flags.Parse(args); err != nil {
		return err
	}
	rows, err := readGold(*goldPath)
	if err != nil {
		return err
	}
	repos, err := readManifest(*manifest)
	if err != nil {
		return err
	}
	var sents []sentence
	dec := json.NewDecoder(bufio.NewReader(stdin))
	for {
		var s sentence
		if err := dec.Decode(&s); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			return fmt.Errorf("reading explain output: %w", err)
		}
		sents = append(sents, s)
	}
	if len(sents) == 0 {
		return errors.New("no explain output on stdin")
	}
	var cfg *config.File
	if *cfgPath != "" {
		if cfg, err = config.Load(*cfgPath, config.Checks{Given: func(s string) bool { return understand.Read(s).Understood() }}); err != nil {
			return err
		}
	}
	sc := score(rows, namer(cfg, repos), sents)
	if *misses != "" {
		for _, r := range sc.rows {
			if *misses == "all" || *misses == "misses" && r.verdict == "miss" || *misses == "noise" && (r.verdict == "noise" || r.verdict == "stop") {
				fmt.Fprintln(stdout, r)
			}
		}
	}
	sc.table(stdout, *minUI, *minProduct, *maxNoise)
	if sc.below(*minUI, *minProduct, *maxNoise) {
		return errors.New("below target")
	}
	return nil
}

// tally counts one product's rows.
type tally struct{ ui, mapped, idle, offWeb, quiet, noise, stops, labelled, agree int }

// scored is every gold row's verdict and the counts per product.
type scored struct {
	rows []scoredRow
	per  map[string]*tally
	all  tally
}

// scoredRow is one gold row as docdrift read it: ok, miss (a ui row not understood), noise (a
// notstep or nonui row docdrift would perform in a browser), stop (one it would report not
// understood) or quiet.
type scoredRow struct {
	gold    gold
	verdict string
	reading string
}

func (r scoredRow) String() string {
	g := r.gold
	switch r.verdict {
	case "ok":
		return fmt.Sprintf("ok    %s:%d %q → %s", g.file, g.line, g.text, r.reading)
	case "miss":
		return fmt.Sprintf("miss  %s:%d [%s %s] %q → %s", g.file, g.line, g.action, g.labels, g.text, r.reading)
	}
	return fmt.Sprintf("%-5s %s:%d [%s] %q → %s", r.verdict, g.file, g.line, g.kind, g.text, r.reading)
}

// score matches each gold row with the sentence docdrift read at its line.
func score(rows []gold, productOf func(file string) string, sents []sentence) scored {
	byLine := map[string][]sentence{}
	for _, s := range sents {
		key := fmt.Sprintf("%s:%d", path.Base(s.Path), s.Line)
		byLine[key] = append(byLine[key], s)
	}
	sc := scored{per: map[string]*tally{}}
	for _, g := range rows {
		product := productOf(g.file)
		t := sc.per[product]
		if t == nil {
			t = &tally{}
			sc.per[product] = t
		}
		s, ok := match(byLine[fmt.Sprintf("%s:%d", g.file, g.line)], g.text)
		step := ok && s.Role != "note"
		r := scoredRow{gold: g, reading: "no sentence at this line", verdict: "quiet"}
		if ok {
			r.reading = s.Reading
		}
		switch g.kind {
		case "ui":
			t.ui++
			sc.all.ui++
			r.verdict = "miss"
			if step && s.Understood {
				r.verdict = "ok"
				t.mapped++
				sc.all.mapped++
				if s.idle() {
					sc.all.idle++
				}
				if s.offWeb() {
					sc.all.offWeb++
				}
				if labels := goldLabels(g.labels); len(labels) > 0 {
					sc.all.labelled++
					if namesAny(s.Reading, labels) {
						sc.all.agree++
					}
				}
			}
		default:
			t.quiet++
			sc.all.quiet++
			switch {
			case step && s.Understood && !s.idle() && (s.SurfaceKind == "" || s.SurfaceKind == "ui"):
				r.verdict = "noise"
				t.noise++
				sc.all.noise++
			case step && !s.Understood:
				r.verdict = "stop"
				t.stops++
				sc.all.stops++
			}
		}
		sc.rows = append(sc.rows, r)
	}
	return sc
}

// table prints the figures per product and the three lines BENCHMARKS.md quotes.
func (sc scored) table(w io.Writer, minUI, minProduct, maxNoise float64) {
	products := make([]string, 0, len(sc.per))
	for p := range sc.per {
		products = append(products, p)
	}
	sort.Strings(products)
	width := 14
	for _, p := range products {
		width = max(width, utf8.RuneCountInString(p))
	}
	fmt.Fprintf(w, "%-*s %5s %8s %8s %7s %9s\n", width, "product", "ui", "mapped", "quiet", "noise", "stops")
	for _, p := range products {
		t := sc.per[p]
		fmt.Fprintf(w, "%-*s %5d %7.1f%% %8d %6.1f%% %9d\n", width, p, t.ui, pct(t.mapped, t.ui), t.quiet, pct(t.noise, t.quiet), t.stops)
	}
	a := sc.all
	fmt.Fprintf(w, "%-*s %5d %7.1f%% %8d %6.1f%% %9d\n", width, "all", a.ui, pct(a.mapped, a.ui), a.quiet, pct(a.noise, a.quiet), a.stops)
	worst, worstPct := sc.worst()
	fmt.Fprintf(w, "(%d of the understood ui sentences ask for nothing to be performed: \"leave the defaults\", a lead-in to sub-steps;\n", a.idle)
	fmt.Fprintf(w, " of the %d understood ui sentences GOLD names labels for, %.1f%% are read with at least one of those labels;\n", a.labelled, pct(a.agree, a.labelled))
	fmt.Fprintf(w, " %d understood ui sentences are read as happening in a terminal, a file, code, an API call or on a device, which a run does not check)\n", a.offWeb)
	fmt.Fprintf(w, "ui sentences understood: %.1f%% (%d of %d; target ≥ %.0f%%)\n", pct(a.mapped, a.ui), a.mapped, a.ui, minUI)
	fmt.Fprintf(w, "worst product: %s %.1f%% (target ≥ %.0f%% each)\n", worst, worstPct, minProduct)
	fmt.Fprintf(w, "notstep/nonui sentences performed in a browser: %.1f%% (%d of %d; target ≤ %.0f%%); %d more would stop a run as not understood\n",
		pct(a.noise, a.quiet), a.noise, a.quiet, maxNoise, a.stops)
}

func (sc scored) worst() (string, float64) {
	worst, worstPct := "", 101.0
	for p, t := range sc.per {
		if t.ui > 0 && (pct(t.mapped, t.ui) < worstPct || pct(t.mapped, t.ui) == worstPct && p < worst) {
			worst, worstPct = p, pct(t.mapped, t.ui)
		}
	}
	return worst, worstPct
}

func (sc scored) below(minUI, minProduct, maxNoise float64) bool {
	_, worstPct := sc.worst()
	return pct(sc.all.mapped, sc.all.ui) < minUI || worstPct < minProduct || pct(sc.all.noise, sc.all.quiet) > maxNoise
}

// goldLabels are the UI labels a gold row names, without markup: "A>B|C" → A, B, C.
func goldLabels(field string) []string {
	var out []string
	for _, l := range strings.FieldsFunc(field, func(r rune) bool { return r == '|' || r == '>' }) {
		l = strings.Trim(strings.TrimSpace(l), "*_`\\")
		if l != "" && l != "-" && !strings.HasPrefix(l, "#") && !strings.HasPrefix(l, "_blank") {
			out = append(out, strings.ToLower(strings.ReplaceAll(l, "\\", "")))
		}
	}
	return out
}

// namesAny reports whether a reading mentions one of the labels.
func namesAny(reading string, labels []string) bool {
	r := strings.ToLower(reading)
	for _, l := range labels {
		if strings.Contains(r, l) {
			return true
		}
	}
	return false
}

func pct(n, of int) float64 {
	if of == 0 {
		return 0
	}
	return 100 * float64(n) / float64(of)
}

// match picks the sentence at a gold row's line that reads most like the gold text. An include
// ("{% data reusables.x %}", "<>{shared['x'].text}</>") reads as the included text: the first
// step docdrift made at its line.
func match(cands []sentence, text string) (sentence, bool) {
	if strings.Contains(text, "{% data reusables.") || strings.Contains(text, "<>{shared[") || strings.HasPrefix(strings.TrimSpace(text), "{% include") {
		for _, c := range cands {
			if c.Role != "note" {
				return c, true
			}
		}
	}
	want := words(text)
	best, bestScore, bestShared := sentence{}, -1.0, 0
	for _, c := range cands {
		got := words(c.Text)
		// A gold row may hold two of docdrift's sentences ("**Upload the file.** Click the
		// file input …"): each overlaps it wholly, and the one sharing more words is the row.
		if s, n := overlap(want, got), shared(want, got); s > bestScore || s == bestScore && n > bestShared {
			best, bestScore, bestShared = c, s, n
		}
	}
	return best, bestScore >= 0.3 || len(cands) == 1 && bestScore >= 0
}

// shared is how many words two sets have in common.
func shared(a, b map[string]bool) int {
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	return n
}

func words(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		out[w] = true
	}
	return out
}

// overlap is the share of the smaller set's words found in the other.
func overlap(a, b map[string]bool) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	small, large := a, b
	if len(b) < len(a) {
		small, large = b, a
	}
	n := 0
	for w := range small {
		if large[w] {
			n++
		}
	}
	return float64(n) / float64(len(small))
}

func readGold(p string) ([]gold, error) {
	data, err := os.ReadFile(p)
	if err != nil {
		return nil, err
	}
	// Tab-separated with no quoting: a sentence may open with a quotation mark and never
	// close it ("The deal #1234 has been won.), which a CSV reader takes for a field running
	// on into the rows after it.
	var out []gold
	for i, line := range strings.Split(strings.TrimSuffix(string(data), "\n"), "\n") {
		if i == 0 {
			continue
		}
		rec := strings.Split(strings.TrimSuffix(line, "\r"), "\t")
		if len(rec) != 7 {
			return nil, fmt.Errorf("%s:%d: want 7 columns, have %d", p, i+1, len(rec))
		}
		var line int
		if _, err := fmt.Sscan(rec[1], &line); err != nil {
			return nil, fmt.Errorf("%s:%d: line %q: %w", p, i+1, rec[1], err)
		}
		out = append(out, gold{file: rec[0], line: line, kind: rec[2], surface: rec[3], action: rec[4], labels: rec[5], text: rec[6]})
	}
	return out, nil
}

func readManifest(p string) (map[string]string, error) {
	data, err := os.ReadFile(p)
	if err != nil {
		return nil, err
	}
	out := map[string]string{}
	for _, line := range strings.Split(string(data), "\n")[1:] {
		f := strings.Split(line, "\t")
		if len(f) >= 2 {
			out[f[0]] = f[1]
		}
	}
	return out, nil
}

// namer names the product a doc is about: its [[product]] in cfg, else its repository's.
func namer(cfg *config.File, repos map[string]string) func(file string) string {
	return func(file string) string {
		if cfg != nil {
			if p := cfg.About(filepath.Join(filepath.Dir(cfg.Path), file)); p != nil {
				return p.Name
			}
		}
		return repoProduct(repos[file])
	}
}

// repoProduct names the product a corpus repository documents.
func repoProduct(repo string) string {
	owner, name, _ := strings.Cut(repo, "/")
	switch {
	case owner == "bc-mkatz":
		return "BigCommerce"
	case owner == "awsdocs":
		return "AWS S3"
	case owner == "opensearch-project":
		return "OpenSearch"
	case owner == "goharbor":
		return "Harbor"
	case owner == "argoproj":
		return "Argo CD"
	case owner == "huggingface":
		return "Hugging Face"
	case repo == "":
		return "unknown"
	}
	if name == "docs" || name == "documentation" || name == "merchdocs" || name == owner || strings.HasPrefix(name, owner+"-") ||
		strings.EqualFold(strings.TrimSuffix(name, ".com"), owner) {
		return strings.ToUpper(owner[:1]) + owner[1:]
	}
	// A docs repository named after its product ("azure-docs", "authentik") names the product.
	name = strings.TrimSuffix(name, "-docs")
	return strings.ToUpper(name[:1]) + name[1:]
}
