package report

import (
	"errors"
	"testing"
	"time"

	"github.com/docdrift/docdrift/docsparse"
	"github.com/docdrift/docdrift/internal/featuregen"
	"github.com/docdrift/docdrift/internal/results"
)

const doc = "docs/api-accounts.md"

func at(line, col int) featuregen.Position {
	return featuregen.Position{Path: doc, Pos: docsparse.Pos{Line: line, Col: col}}
}

func step(n, keyword, text string, line int, status results.Status, ms int) results.Step {
	return results.Step{
		Step:     featuregen.Step{DocStep: n, Keyword: keyword, Text: text, At: at(line, 5)},
		Status:   status,
		Duration: time.Duration(ms) * time.Millisecond,
	}
}

// sample is a run of one doc with every verdict: a pass, a drift that carried on, a broken
// environment, and a struck-out procedure; plus a second doc, to check grouping.
func sample(t testing.TB) *results.Result {
	shots := results.NewSpool(t.TempDir())
	drift := step("3", "And", "Select **Legacy API Accounts**.", 50, results.Drifted, 2100)
	drift.Err = errors.New(`no link, button, menu item or tab named "Legacy API Accounts" (closest: "Legacy API Settings"); carried on with "Legacy API Settings"`)
	drift.Drift = &results.Drift{Wanted: "Legacy API Accounts", Closest: []string{"Legacy API Settings", "API Accounts"}, Continued: "Legacy API Settings"}
	drift.Screenshot = shots.Save([]byte("\x89PNG drift"))
	gear := step("4", "And", "Click the gear icon, then **Revoke**.", 51, results.Drifted, 1500)
	gear.Err = errors.New(`no gears icon; the row has a "More actions" button`)
	gear.Drift = &results.Drift{}
	gear.Screenshot = shots.Save([]byte("\x89PNG gear"))
	noted := step("2", "When", "Select **Advanced Settings**.", 17, results.Passed, 300)
	noted.Notes = []string{"closed the dialog \"What's new\" with \"Got it\": it opened by itself and the doc does not mention it"}
	broken := step("2", "And", "Select **Advanced Settings**.", 90, results.Broken, 10000)
	broken.Err = errors.New("page did not load within 10s")
	broken.Screenshot = shots.Save([]byte("\x89PNG timeout"))
	return &results.Result{
		Duration:  21 * time.Second,
		Leftovers: "1 item(s) outlived their scenario and were deleted at the end of the run: docdrift-x-1",
		Procedures: []results.Procedure{
			{Doc: doc, Name: "Obtaining an OAuth Token", At: at(8, 1), Status: results.Passed, Duration: 4200 * time.Millisecond,
				Steps: []results.Step{
					step("1", "Given", "Log into the store.", 16, results.Passed, 900),
					noted,
				}},
			{Doc: doc, Name: "Revoking App Access", At: at(46, 1), Status: results.Drifted, Duration: 4300 * time.Millisecond,
				Steps: []results.Step{
					step("1", "Given", "Log into the store.", 48, results.Passed, 700),
					drift, gear,
					step("5", "Then", "This will display a confirmation.", 52, results.Passed, 40),
				}},
			{Doc: doc, Name: "Legacy | Keys", At: at(88, 1), Status: results.Broken, Duration: 10900 * time.Millisecond,
				Steps: []results.Step{
					step("1", "Given", "Log into the store.", 89, results.Passed, 900),
					broken,
					step("3", "And", "Select **Legacy API Accounts**.", 91, results.Skipped, 0),
				}},
			{Doc: doc, Name: "Regenerating Keys", At: at(120, 1), Status: results.Skipped,
				SkipReason: "struck out in the doc (--include-struck runs it)",
				Steps:      []results.Step{step("1", "Given", "Log into the store.", 122, results.Skipped, 0)}},
			{Doc: "docs/other.md", Name: "Something else", At: featuregen.Position{Path: "docs/other.md", Pos: docsparse.Pos{Line: 3, Col: 1}},
				Status: results.Passed, Duration: time.Second,
				Steps: []results.Step{{Step: featuregen.Step{DocStep: "1", Keyword: "Given", Text: "Log into the store.",
					At: featuregen.Position{Path: "docs/other.md", Pos: docsparse.Pos{Line: 5, Col: 4}}}, Status: results.Passed, Duration: time.Second}},
				Attempts: []results.Procedure{{Status: results.Broken, Steps: []results.Step{{Step: featuregen.Step{DocStep: "1", Text: "Log into the store.",
					At: featuregen.Position{Path: "docs/other.md", Pos: docsparse.Pos{Line: 5, Col: 4}}}, Status: results.Broken,
					Err: errors.New("the control panel answered 502 Bad Gateway")}}}}},
		},
	}
}
