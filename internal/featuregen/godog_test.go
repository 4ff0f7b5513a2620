package featuregen

import (
	"context"
	"io"
	"testing"

	"github.com/cucumber/godog"
)

// TestGodogRunsCorpusFeatures hands every corpus feature to godog itself, Strict, with one
// step definition that accepts any text: godog must load them all and run every scenario and
// every step the line map knows of.
func TestGodogRunsCorpusFeatures(t *testing.T) {
	var features []godog.Feature
	wantScenarios, wantSteps := 0, 0
	for _, file := range corpusDocs(t) {
		doc := parseFile(t, file)
		feature, err := Generate(doc)
		if err != nil {
			t.Fatal(err)
		}
		if feature == nil {
			continue
		}
		m, err := ReadLineMap(feature)
		if err != nil {
			t.Fatal(err)
		}
		for _, sc := range m.Scenarios {
			wantScenarios++
			wantSteps += len(sc.Steps)
		}
		features = append(features, godog.Feature{Name: doc.Path, Contents: feature})
	}
	if wantSteps == 0 {
		t.Fatal("the corpus gave no steps")
	}
	scenarios, steps := 0, 0
	status := godog.TestSuite{
		Name: "featuregen",
		ScenarioInitializer: func(sc *godog.ScenarioContext) {
			sc.Step(`^(.*)$`, func(string) error { steps++; return nil })
			sc.Before(func(ctx context.Context, _ *godog.Scenario) (context.Context, error) { scenarios++; return ctx, nil })
		},
		Options: &godog.Options{Format: "progress", Output: io.Discard, Strict: true, FeatureContents: features, Concurrency: 1},
	}.Run()
	if status != 0 {
		t.Errorf("godog exit status %d", status)
	}
	if scenarios != wantScenarios || steps != wantSteps {
		t.Errorf("godog ran %d scenarios and %d steps, the features hold %d and %d", scenarios, steps, wantScenarios, wantSteps)
	}
}
