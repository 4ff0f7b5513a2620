package docsparse

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"unicode"
)

// directivePrefix starts every comment addressed to docdrift.
const directivePrefix = "docdrift"

// valueArgs is the argument of a value directive: "FIELD" = "VALUE", with \" and \\ escapes.
var valueArgs = regexp.MustCompile(`^"((?:[^"\\]|\\.)*)"\s*=\s*"((?:[^"\\]|\\.)*)"$`)

// directiveAt is a parsed directive with the offset it is matched to procedures by.
type directiveAt struct {
	Directive
	off int
}

// readDirective parses one comment's text. Directives are HTML comments, so a published page
// shows nothing of them. Grammar (one directive per comment; white space, including line
// breaks, is free; docs/directives.md is the writer's guide):
//
//	<!-- docdrift: skip REASON -->                 do not run the next procedure; REASON is required
//	<!-- docdrift: given PRECONDITION -->          state the next procedure needs first
//	<!-- docdrift: value "FIELD" = "VALUE" -->     type VALUE into FIELD instead of an invented value
//
// ok is false when the comment is not addressed to docdrift at all; err says what was expected
// when it is but is malformed. Which procedure a directive applies to is applyDirectives' job.
func readDirective(comment string) (d Directive, ok bool, err error) {
	body := strings.TrimSpace(comment)
	rest, found := cutPrefixFold(body, directivePrefix)
	if !found || rest != "" && rest[0] != ':' && !isHTMLSpace(rest[0]) {
		return d, false, nil
	}
	rest, colon := strings.CutPrefix(strings.TrimSpace(rest), ":")
	if !colon {
		return d, true, fmt.Errorf(`directive needs a colon after "docdrift": <!-- docdrift: skip|given|value … -->`)
	}
	verb, args := strings.TrimSpace(rest), ""
	if i := strings.IndexFunc(verb, unicode.IsSpace); i >= 0 {
		verb, args = verb[:i], normalizeSpace(verb[i:])
	}
	switch DirectiveKind(verb) {
	case DirectiveSkip, DirectiveGiven:
		if args == "" {
			what := map[DirectiveKind]string{DirectiveSkip: "REASON", DirectiveGiven: "PRECONDITION"}[DirectiveKind(verb)]
			return d, true, fmt.Errorf("%s needs %s: <!-- docdrift: %s %s -->", verb, strings.ToLower(what), verb, what)
		}
		return Directive{Kind: DirectiveKind(verb), Value: args}, true, nil
	case DirectiveValue:
		m := valueArgs.FindStringSubmatch(args)
		if m == nil || unquote(m[1]) == "" {
			return d, true, fmt.Errorf(`value needs a quoted field and value: <!-- docdrift: value "FIELD" = "VALUE" -->, got %q`, args)
		}
		return Directive{Kind: DirectiveValue, Field: unquote(m[1]), Value: unquote(m[2])}, true, nil
	case "":
		return d, true, fmt.Errorf("directive is empty; expected skip, given or value")
	default:
		return d, true, fmt.Errorf("unknown directive %q; expected skip, given or value", verb)
	}
}

func unquote(s string) string {
	return strings.NewReplacer(`\"`, `"`, `\\`, `\`).Replace(s)
}

func cutPrefixFold(s, prefix string) (string, bool) {
	if len(s) < len(prefix) || !strings.EqualFold(s[:len(prefix)], prefix) {
		return s, false
	}
	return s[len(prefix):], true
}

// applyDirectives parses every docdrift comment and attaches it to the first procedure that
// starts after it in the same section. One with no procedure to apply to, an unknown verb or a
// malformed argument is an error finding (rule "directive") at the comment.
func (b *builder) applyDirectives() {
	section := -1
	for _, t := range b.tokens {
		if t.kind != tokComment {
			continue
		}
		for section+1 < len(b.headings) && b.headings[section+1].off <= t.start {
			section++
		}
		d, ok, err := readDirective(t.comment)
		if !ok {
			continue
		}
		if err != nil {
			b.finding(t.start, Error, "directive", err.Error())
			continue
		}
		d.Pos = b.pos(t.start)
		if i := b.procedureAfter(section, t.start); i >= 0 {
			b.doc.Procedures[i].Directives = append(b.doc.Procedures[i].Directives, d)
			continue
		}
		where := "before the next heading"
		if section >= 0 {
			where = fmt.Sprintf("in section %q", b.headings[section].Title)
		}
		b.finding(t.start, Error, "directive", fmt.Sprintf("%s directive applies to no procedure: no numbered list follows it %s", d.Kind, where))
	}
}

// procedureAfter is the index of the first procedure starting after off in the given section,
// or -1. Procedures are in source order, so it is the first one after off or none.
func (b *builder) procedureAfter(section, off int) int {
	i := sort.Search(len(b.procs), func(i int) bool { return b.procs[i].off > off })
	if i < len(b.procs) && b.procs[i].section == section {
		return i
	}
	return -1
}
