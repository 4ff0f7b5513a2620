package record

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// Action is one line of a record script: what a writer would do by hand in the window.
type Action struct {
	Verb   string // click, fill, choose, check or uncheck
	Target string // the control's visible name: a button, a field, a group or dropdown
	Value  string // fill: the text to type; choose: the option
	Pos    string // "file:line", for messages
}

func (a Action) String() string {
	if a.Value != "" || a.Verb == "fill" || a.Verb == "choose" {
		return fmt.Sprintf("%s %s = %s", a.Verb, a.Target, a.Value)
	}
	return a.Verb + " " + a.Target
}

// verbs are the script's actions, and whether each takes "= VALUE".
var verbs = map[string]bool{"click": false, "fill": true, "choose": true, "check": false, "uncheck": false}

// ScriptError is a line of a script record cannot read.
type ScriptError struct {
	Pos string
	Msg string
}

func (e *ScriptError) Error() string { return e.Pos + ": " + e.Msg }

// ParseScript reads a record script: one action a line, blank lines and lines starting with
// "#" skipped —
//
//	click Advanced Settings
//	fill Name = Nightly sync
//	choose Products = read-only
//	check Remember me
//
// name is how messages call the file.
func ParseScript(name string, r io.Reader) ([]Action, error) {
	var out []Action
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		pos := fmt.Sprintf("%s:%d", name, line)
		verb, rest, _ := strings.Cut(text, " ")
		verb = strings.ToLower(verb)
		valued, ok := verbs[verb]
		if !ok {
			return nil, &ScriptError{pos, fmt.Sprintf("unknown action %q (want click, fill, choose, check or uncheck)", verb)}
		}
		a := Action{Verb: verb, Target: strings.TrimSpace(rest), Pos: pos}
		if valued {
			target, value, found := strings.Cut(rest, "=")
			a.Target, a.Value = strings.TrimSpace(target), strings.TrimSpace(value)
			if !found || a.Target == "" || (verb == "choose" && a.Value == "") {
				return nil, &ScriptError{pos, fmt.Sprintf("%s needs NAME = VALUE, as in %q", verb, example[verb])}
			}
		}
		if a.Target == "" {
			return nil, &ScriptError{pos, fmt.Sprintf("%s needs the visible name of what to %s, as in %q", verb, verb, example[verb])}
		}
		out = append(out, a)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(out) == 0 {
		return nil, &ScriptError{name, "no actions: nothing to record"}
	}
	return out, nil
}

var example = map[string]string{
	"click": "click Save", "fill": "fill Name = Nightly sync", "choose": "choose Products = read-only",
	"check": "check Remember me", "uncheck": "uncheck Remember me",
}
