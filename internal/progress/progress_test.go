package progress

import (
	"bytes"
	"errors"
	"fmt"
	"github.com/docdrift/docdrift/internal/golden"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/docdrift/docdrift/docsparse"
	"github.com/docdrift/docdrift/internal/featuregen"
	"github.com/docdrift/docdrift/internal/results"
)

func at(line int) featuregen.Position {
	return featuregen.Position{Path: "docs/a.md", Pos: docsparse.Pos{Line: line, Col: 4}}
}

func step(n, text string, line int, status results.Status, ms int) results.Step {
	return results.Step{Step: featuregen.Step{DocStep: n, Text: text, At: at(line)}, Status: status, Duration: time.Duration(ms) * time.Millisecond}
}

// sample is a passing procedure, a drifted one (with a screenshot) and a struck-out one.
func sample(t testing.TB) *results.Result {
	drift := step("2", "Select **Advanced Settings**.", 17, results.Drifted, 3100)
	drift.Err = errors.New(`no link named "Advanced Settings" (closest: "Settings"); carried on with "Settings"`)
	drift.Drift = &results.Drift{Wanted: "Advanced Settings", Closest: []string{"Settings"}, Continued: "Settings"}
	drift.Screenshot = results.NewSpool(t.TempDir()).Save([]byte("\x89PNG"))
	noted := step("2", "Select **Save**.", 11, results.Passed, 600)
	noted.Notes = []string{"closed the dialog \"What's new\" with \"Got it\": it opened by itself and the doc does not mention it"}
	return &results.Result{Leftovers: "1 item(s) outlived their scenario and were deleted at the end of the run: docdrift-x-1", Procedures: []results.Procedure{
		{Doc: "docs/a.md", Name: "Get a token", At: at(8), Status: results.Passed, Duration: 1500 * time.Millisecond,
			Steps: []results.Step{step("1", "Log into the store.", 10, results.Passed, 900), noted}},
		{Doc: "docs/a.md", Name: "Revoke", At: at(15), Status: results.Drifted, Duration: 4000 * time.Millisecond,
			Steps: []results.Step{step("1", "Log into the store.", 16, results.Passed, 900), drift, step("3", "Select **Revoke**.", 18, results.Skipped, 0)}},
		{Doc: "docs/a.md", Name: "Regenerate", At: at(30), Status: results.Skipped, SkipReason: "struck out in the doc",
			Steps: []results.Step{step("1", "Log into the store.", 31, results.Skipped, 0)}},
	}}
}

// replay feeds a result's ran steps to a Printer as the runner would, one second apart.
func replay(res *results.Result, opts Options) string {
	var b bytes.Buffer
	clock := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	opts.Now = func() time.Time { return clock }
	pr := New(&b, opts)
	for i := range res.Procedures {
		p := &res.Procedures[i]
		if p.Status == results.Skipped {
			continue
		}
		for j := range p.Steps {
			clock = clock.Add(time.Second)
			pr.Step(p, &p.Steps[j])
		}
	}
	pr.Summary(res)
	return b.String()
}

func TestPrinter(t *testing.T) {
	shots := t.TempDir()
	tests := []struct {
		name string
		opts Options
	}{
		{"plain", Options{}},
		{"quiet", Options{Quiet: true}},
		{"verbose", Options{Verbose: true}},
		{"terminal", Options{Terminal: true, Shots: shots}},
		{"terminal-quiet", Options{Terminal: true, Quiet: true}},
		{"terminal-narrow", Options{Terminal: true, Width: 30}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := strings.ReplaceAll(replay(sample(t), tt.opts), shots, "SHOTS")
			if !strings.HasSuffix(got, "\n1 passed, 1 failed, 1 skipped\n") {
				t.Errorf("closing line changed:\n%s", got)
			}
			golden.Check(t, tt.name+".txt", []byte(got))
		})
	}
	if b, err := os.ReadFile(filepath.Join(shots, "02-revoke-step-2.png")); err != nil || string(b) != "\x89PNG" {
		t.Errorf("screenshot: %q, %v", b, err)
	}
}

func TestIsTerminal(t *testing.T) {
	f, err := os.Create(filepath.Join(t.TempDir(), "out"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if IsTerminal(f) || IsTerminal(&bytes.Buffer{}) {
		t.Error("a file or a buffer taken for a terminal")
	}
	if tty, err := os.OpenFile("/dev/tty", os.O_WRONLY, 0); err == nil {
		defer tty.Close()
		if !IsTerminal(tty) {
			t.Error("/dev/tty not taken for a terminal")
		}
	}
}

// Procedures running at once interleave their steps: every run of lines names its procedure,
// and on a terminal each verdict comes with the procedure's own last step.
func TestPrinterInterleaved(t *testing.T) {
	for _, terminal := range []bool{false, true} {
		res := sample(t)
		a, b := &res.Procedures[0], &res.Procedures[1]
		var out bytes.Buffer
		pr := New(&out, Options{Terminal: terminal, Now: func() time.Time { return time.Time{} }})
		for _, st := range []struct {
			p *results.Procedure
			i int
		}{{a, 0}, {b, 0}, {b, 1}, {a, 1}, {b, 2}} {
			pr.Step(st.p, &st.p.Steps[st.i])
		}
		name := "interleaved.txt"
		if terminal {
			name = "interleaved-terminal.txt"
		}
		golden.Check(t, name, out.Bytes())
	}
}

// newVerdicts is a run with a procedure that ran up to a step docdrift could not read, and
// one that happens in a terminal, which no target answers for.
func newVerdicts(t testing.TB) *results.Result {
	unread := step("3", "Wave the token at the screen.", 43, results.NotUnderstood, 0)
	unread.Err = errors.New(`"wave … at" is no action docdrift knows`)
	res := sample(t)
	res.Procedures = append(res.Procedures,
		results.Procedure{Doc: "docs/a.md", Name: "Rotate", At: at(40), Status: results.NotUnderstood, Duration: time.Second,
			Steps: []results.Step{step("1", "Log into the store.", 41, results.Passed, 900), step("2", "Select **Save**.", 42, results.Passed, 100),
				unread, step("4", "Select **Done**.", 44, results.Skipped, 0)}},
		results.Procedure{Doc: "docs/a.md", Name: "Use the token", At: at(50), Status: results.NotChecked, Surface: "terminal",
			Steps: []results.Step{{Step: featuregen.Step{DocStep: "1", Text: "Run `curl -H \"X-Auth-Token: …\"`.", At: at(51)},
				Status: results.NotChecked, Surface: "terminal"}}})
	return res
}

func TestPrinterNewVerdicts(t *testing.T) {
	for _, opts := range []struct {
		name string
		o    Options
	}{{"new-verdicts", Options{}}, {"new-verdicts-quiet", Options{Quiet: true}}} {
		got := replay(newVerdicts(t), opts.o)
		if !strings.HasSuffix(got, "\n1 passed, 1 failed, 1 not understood, 1 not checked here, 1 skipped\n") {
			t.Errorf("closing line:\n%s", got)
		}
		golden.Check(t, opts.name+".txt", []byte(got))
	}
}

// lacked is an error the run gives a procedure it could not give an item to.
type lacked struct{}

func (lacked) Error() string { return "no item to act on" }
func (lacked) Lacking()      {}

// A procedure that could not run says whose fault it was: the environment's, or the run's
// want of an item (which no retry mends).
func TestVerdictSaysWhyItCouldNotRun(t *testing.T) {
	for _, tt := range []struct {
		err  error
		want string
	}{
		{errors.New("the page did not load"), "could not run (infrastructure)"},
		{lacked{}, "could not run (no item to act on)"},
		{fmt.Errorf("precondition: %w", lacked{}), "could not run (no item to act on)"},
	} {
		broke := step("1", "Click the token's edit button.", 12, results.Broken, 10)
		broke.Err = tt.err
		res := &results.Result{Procedures: []results.Procedure{{Doc: "docs/a.md", Name: "Edit", At: at(10), Status: results.Broken,
			Steps: []results.Step{broke}}}}
		if got := replay(res, Options{Quiet: true}); !strings.Contains(got, `"Edit" `+tt.want+"\n") {
			t.Errorf("%v: got\n%s\nwant %q", tt.err, got, tt.want)
		}
	}
}
