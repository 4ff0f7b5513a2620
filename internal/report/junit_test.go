package report

import (
	"encoding/xml"
	"github.com/docdrift/docdrift/internal/golden"
	"github.com/docdrift/docdrift/internal/results"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestJUnit(t *testing.T) {
	t.Chdir(t.TempDir())
	if err := WriteJUnit(filepath.Join("out", "junit.xml"), sample(t)); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(filepath.Join("out", "junit.xml"))
	if err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "junit.xml", got)

	var parsed junitSuites
	if err := xml.Unmarshal(got, &parsed); err != nil {
		t.Fatalf("the report is not XML: %v", err)
	}
	if len(parsed.Suites) != 2 || parsed.Tests != 5 || parsed.Failures != 1 || parsed.Errors != 1 || parsed.Skipped != 1 {
		t.Errorf("counts: %d suites, %d tests, %d failures, %d errors, %d skipped", len(parsed.Suites), parsed.Tests, parsed.Failures, parsed.Errors, parsed.Skipped)
	}
	// Every attachment names a file the writer saved, with the step's screenshot in it.
	for _, want := range []struct{ path, png string }{
		{"out/junit-screenshots/02-revoking-app-access-step-3.png", "\x89PNG drift"},
		{"out/junit-screenshots/02-revoking-app-access-step-4.png", "\x89PNG gear"},
		{"out/junit-screenshots/03-legacy-keys-step-2.png", "\x89PNG timeout"},
	} {
		if !strings.Contains(string(got), "[[ATTACHMENT|"+want.path+"]]") {
			t.Errorf("no attachment %s", want.path)
		}
		b, err := os.ReadFile(want.path)
		if err != nil || string(b) != want.png {
			t.Errorf("%s: %q, %v", want.path, b, err)
		}
	}
}

// A run with no screenshot makes no screenshot directory.
func TestJUnitWithoutScreenshots(t *testing.T) {
	t.Chdir(t.TempDir())
	res := sample(t)
	for i := range res.Procedures {
		for j := range res.Procedures[i].Steps {
			res.Procedures[i].Steps[j].Screenshot = results.Shot{}
		}
	}
	if err := WriteJUnit("junit.xml", res); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat("junit-screenshots"); !os.IsNotExist(err) {
		t.Errorf("screenshot directory made for no screenshots: %v", err)
	}
	b, _ := os.ReadFile("junit.xml")
	if strings.Contains(string(b), "ATTACHMENT") {
		t.Error("attachments without screenshots")
	}
}
