package record

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

func TestParseScript(t *testing.T) {
	tests := []struct {
		name, src string
		want      []Action
		err       string
	}{
		{"every action, comments and blank lines skipped", "# create a token\n\nclick Advanced Settings\nfill Name = Nightly = sync\n" +
			"choose  Products =read-only\ncheck Remember me\nUNCHECK Remember me\nfill Notes =\n", []Action{
			{Verb: "click", Target: "Advanced Settings", Pos: "s.txt:3"},
			{Verb: "fill", Target: "Name", Value: "Nightly = sync", Pos: "s.txt:4"},
			{Verb: "choose", Target: "Products", Value: "read-only", Pos: "s.txt:5"},
			{Verb: "check", Target: "Remember me", Pos: "s.txt:6"},
			{Verb: "uncheck", Target: "Remember me", Pos: "s.txt:7"},
			{Verb: "fill", Target: "Notes", Pos: "s.txt:8"},
		}, ""},
		{"an unknown action", "click Save\ntap Save\n", nil, `s.txt:2: unknown action "tap" (want click, fill, choose, check or uncheck)`},
		{"fill without a value", "fill Name\n", nil, `s.txt:1: fill needs NAME = VALUE, as in "fill Name = Nightly sync"`},
		{"choose without an option", "choose Products =\n", nil, `s.txt:1: choose needs NAME = VALUE, as in "choose Products = read-only"`},
		{"click without a name", "click\n", nil, `s.txt:1: click needs the visible name of what to click, as in "click Save"`},
		{"nothing to do", "# only a comment\n", nil, "s.txt: no actions: nothing to record"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseScript("s.txt", strings.NewReader(tt.src))
			if tt.err != "" {
				var se *ScriptError
				if err == nil || err.Error() != tt.err || !errors.As(err, &se) {
					t.Fatalf("error %v, want %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

// A script is user input: any text parses to actions with a position, or to an error with
// one, and never panics.
func FuzzParseScript(f *testing.F) {
	for _, s := range []string{"click Save\n", "fill A = b\nchoose C = d\n", "check\n", "=\n", "fill =\n", "# x\n\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		actions, err := ParseScript("f.txt", strings.NewReader(src))
		if err != nil {
			if !strings.HasPrefix(err.Error(), "f.txt") {
				t.Fatalf("error without the file's name: %v", err)
			}
			return
		}
		for _, a := range actions {
			if a.Target == "" || !strings.HasPrefix(a.Pos, "f.txt:") {
				t.Fatalf("action without a target or position: %+v", a)
			}
		}
	})
}
