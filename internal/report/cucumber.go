package report

import (
	"encoding/base64"
	"encoding/json"
	"io"

	"github.com/docdrift/docdrift/internal/results"
)

// Cucumber JSON as cucumber-html-reporter, Allure and Xray read it, with the doc's path as
// every feature's uri and the doc's lines as every line: godog's own formatter only sees the
// generated feature.
type cukeFeature struct {
	URI         string        `json:"uri"`
	ID          string        `json:"id"`
	Keyword     string        `json:"keyword"`
	Name        string        `json:"name"`
	Description string        `json:"description"`
	Line        int           `json:"line"`
	Elements    []cukeElement `json:"elements"`
}

type cukeElement struct {
	ID          string     `json:"id"`
	Keyword     string     `json:"keyword"`
	Name        string     `json:"name"`
	Description string     `json:"description"`
	Line        int        `json:"line"`
	Type        string     `json:"type"`
	Steps       []cukeStep `json:"steps"`
}

type cukeStep struct {
	Keyword    string          `json:"keyword"`
	Name       string          `json:"name"`
	Line       int             `json:"line"`
	Match      cukeMatch       `json:"match"`
	Result     cukeResult      `json:"result"`
	Output     []string        `json:"output,omitempty"` // notes: what the step did that the doc does not ask
	Embeddings []cukeEmbedding `json:"embeddings,omitempty"`
}

type cukeMatch struct {
	Location string `json:"location"`
}

type cukeResult struct {
	Status       string `json:"status"`
	Duration     int64  `json:"duration,omitempty"` // nanoseconds
	ErrorMessage string `json:"error_message,omitempty"`
}

type cukeEmbedding struct {
	MimeType string `json:"mime_type"`
	Data     string `json:"data"` // base64
}

// WriteCucumber writes res as Cucumber JSON to path, screenshots embedded as PNG.
func WriteCucumber(path string, res *results.Result) error {
	return writeFile(path, "cucumber report", func(w io.Writer) error { return encodeCucumber(w, res) })
}

func encodeCucumber(w io.Writer, res *results.Result) error {
	features := []cukeFeature{}
	index := map[string]int{}
	for _, p := range res.Procedures {
		n, ok := index[p.Doc]
		if !ok {
			n = len(features)
			index[p.Doc] = n
			features = append(features, cukeFeature{URI: p.Doc, ID: Slug(p.Doc, "procedure"), Keyword: "Feature", Name: p.Doc, Line: 1, Elements: []cukeElement{}})
		}
		f := &features[n]
		el := cukeElement{
			ID: f.ID + ";" + Slug(p.Name, "procedure"), Keyword: "Scenario", Name: p.Name, Line: p.At.Line, Type: "scenario",
			Description: p.Why(), Steps: []cukeStep{},
		}
		for _, s := range p.Steps {
			st, err := cukeStepOf(s)
			if err != nil {
				return err
			}
			el.Steps = append(el.Steps, st)
		}
		f.Elements = append(f.Elements, el)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(features)
}

func cukeStepOf(s results.Step) (cukeStep, error) {
	keyword := s.Keyword
	if keyword == "" {
		keyword = "Then"
	}
	st := cukeStep{
		Keyword: keyword + " ", Name: s.Text, Line: s.At.Line,
		Match:  cukeMatch{Location: s.At.String()},
		Result: cukeResult{Status: cukeStatus(s.Status), Duration: s.Duration.Nanoseconds()},
	}
	if s.Status.Failed() || s.Status == results.NotUnderstood {
		msg := message(s)
		if c := s.Closest(); c != "" {
			msg += "\nnearest labels: " + c
		}
		st.Result.ErrorMessage = s.At.String() + ": " + msg
	}
	for _, n := range s.Notes {
		st.Output = append(st.Output, s.At.String()+": note: "+n)
	}
	if s.Screenshot.Taken() && s.Status.Failed() { // passing steps' pictures belong to the HTML report
		png, err := s.Screenshot.Read()
		if err != nil {
			return st, err
		}
		st.Embeddings = []cukeEmbedding{{MimeType: "image/png", Data: base64.StdEncoding.EncodeToString(png)}}
	}
	return st, nil
}

// cukeStatus maps a verdict to Cucumber's words: drift and a broken environment both fail,
// a step docdrift could not read is undefined, one no target answers for is skipped.
func cukeStatus(s results.Status) string {
	switch s {
	case results.Passed:
		return "passed"
	case results.Skipped, results.NotChecked:
		return "skipped"
	case results.NotUnderstood:
		return "undefined"
	}
	return "failed"
}
