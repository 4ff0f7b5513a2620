package report

import (
	"errors"
	"time"

	"github.com/docdrift/docdrift/docsparse"
	"github.com/docdrift/docdrift/internal/featuregen"
	"github.com/docdrift/docdrift/internal/runner"
	"github.com/docdrift/docdrift/steps"
)

const doc = "docs/api-accounts.md"

func at(line, col int) featuregen.Position {
	return featuregen.Position{Path: doc, Pos: docsparse.Pos{Line: line, Col: col}}
}

func step(n, keyword, text string, line int, status runner.Status, ms int) runner.Step {
	return runner.Step{
		Step:     featuregen.Step{DocStep: n, Keyword: keyword, Text: text, At: at(line, 5)},
		Status:   status,
		Duration: time.Duration(ms) * time.Millisecond,
	}
}

// sample is a run of one doc with every verdict: a pass, a drift that carried on, a broken
// environment, and a struck-out procedure; plus a second doc, to check grouping.
func sample() *runner.Result {
	drift := step("3", "And", "Select **Legacy API Accounts**.", 50, runner.Drifted, 2100)
	drift.Err = &steps.Mismatch{
		Err:       errors.New(`no link, button, menu item or tab named "Legacy API Accounts" (closest: "Legacy API Settings")`),
		Closest:   []string{"Legacy API Settings", "API Accounts"},
		Continued: "Legacy API Settings",
	}
	drift.Continued = true
	drift.Screenshot = []byte("\x89PNG drift")
	gear := step("4", "And", "Click the gear icon, then **Revoke**.", 51, runner.Drifted, 1500)
	gear.Err = &steps.Mismatch{Err: errors.New(`no gears icon; the row has a "More actions" button`)}
	gear.Screenshot = []byte("\x89PNG gear")
	broken := step("2", "And", "Select **Advanced Settings**.", 90, runner.Broken, 10000)
	broken.Err = errors.New("page did not load within 10s")
	broken.Screenshot = []byte("\x89PNG timeout")
	return &runner.Result{
		Duration:  21 * time.Second,
		Leftovers: "1 account(s) outlived their scenario and were deleted at the end of the run: docdrift-x-1",
		Procedures: []runner.Procedure{
			{Doc: doc, Name: "Obtaining an OAuth Token", At: at(8, 1), Status: runner.Passed, Duration: 4200 * time.Millisecond,
				Steps: []runner.Step{
					step("1", "Given", "Log into the store.", 16, runner.Passed, 900),
					step("2", "When", "Select **Advanced Settings**.", 17, runner.Passed, 300),
				}},
			{Doc: doc, Name: "Revoking App Access", At: at(46, 1), Status: runner.Drifted, Duration: 4300 * time.Millisecond,
				Steps: []runner.Step{
					step("1", "Given", "Log into the store.", 48, runner.Passed, 700),
					drift, gear,
					step("5", "Then", "This will display a confirmation.", 52, runner.Passed, 40),
				}},
			{Doc: doc, Name: "Legacy | Keys", At: at(88, 1), Status: runner.Broken, Duration: 10900 * time.Millisecond,
				Steps: []runner.Step{
					step("1", "Given", "Log into the store.", 89, runner.Passed, 900),
					broken,
					step("3", "And", "Select **Legacy API Accounts**.", 91, runner.Skipped, 0),
				}},
			{Doc: doc, Name: "Regenerating Keys", At: at(120, 1), Status: runner.Skipped,
				SkipReason: "struck out in the doc (--include-struck runs it)",
				Steps:      []runner.Step{step("1", "Given", "Log into the store.", 122, runner.Skipped, 0)}},
			{Doc: "docs/other.md", Name: "Something else", At: featuregen.Position{Path: "docs/other.md", Pos: docsparse.Pos{Line: 3, Col: 1}},
				Status: runner.Passed, Duration: time.Second,
				Steps: []runner.Step{{Step: featuregen.Step{DocStep: "1", Keyword: "Given", Text: "Log into the store.",
					At: featuregen.Position{Path: "docs/other.md", Pos: docsparse.Pos{Line: 5, Col: 4}}}, Status: runner.Passed, Duration: time.Second}},
				Attempts: []runner.Procedure{{Status: runner.Broken, Steps: []runner.Step{{Step: featuregen.Step{DocStep: "1", Text: "Log into the store.",
					At: featuregen.Position{Path: "docs/other.md", Pos: docsparse.Pos{Line: 5, Col: 4}}}, Status: runner.Broken,
					Err: errors.New("the control panel answered 502 Bad Gateway")}}}}},
		},
	}
}
