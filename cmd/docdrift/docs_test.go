package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/docdrift/docdrift/internal/formats"
	"github.com/docdrift/docdrift/internal/mdsource"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// example is a fenced code block or a code span of a doc, with where it is.
type example struct {
	where, lang, text string
	section           string // the heading above it
}

// documentedExamples reads README.md and docs/*.md the way docdrift reads Markdown.
func documentedExamples(t *testing.T) (blocks, spans []example) {
	t.Helper()
	docs, _ := filepath.Glob("docs/*.md")
	for _, path := range append([]string{"README.md"}, docs...) {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		source := mdsource.Read(src)
		root := mdsource.New().Parser().Parse(text.NewReader(source.Parse))
		where := func(off int) string {
			line, _ := source.Lines.Pos(off)
			return path + ":" + strconv.Itoa(line)
		}
		section := ""
		_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
			if !entering {
				return ast.WalkContinue, nil
			}
			switch n := n.(type) {
			case *ast.Heading:
				section = string(n.Lines().Value(source.Parse))
			case *ast.FencedCodeBlock:
				lang := ""
				if n.Info != nil {
					lang = string(n.Info.Segment.Value(source.Parse))
				}
				if n.Lines().Len() > 0 {
					blocks = append(blocks, example{where(n.Lines().At(0).Start), lang, string(n.Lines().Value(source.Parse)), section})
				}
			case *ast.CodeSpan:
				var b strings.Builder
				start := -1
				for c := n.FirstChild(); c != nil; c = c.NextSibling() {
					if tx, ok := c.(*ast.Text); ok {
						b.Write(tx.Segment.Value(source.Parse))
						if start < 0 {
							start = tx.Segment.Start
						}
					}
				}
				spans = append(spans, example{where(start), "", b.String(), section})
			}
			return ast.WalkContinue, nil
		})
	}
	return blocks, spans
}

// writeExample puts an example in a file of its own and returns the file's path.
func writeExample(t *testing.T, name, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// fencedIn is the documented examples in lang, failing the test when there are fewer than min.
func fencedIn(t *testing.T, lang string, min int) []example {
	t.Helper()
	blocks, _ := documentedExamples(t)
	var out []example
	for _, b := range blocks {
		if b.lang == lang {
			out = append(out, b)
		}
	}
	if len(out) < min {
		t.Errorf("found %d %s examples in README.md and docs/*.md, want at least %d", len(out), lang, min)
	}
	return out
}

// Every Markdown example the docs show is a doc docdrift lints clean: what a writer copies works.
func TestDocumentedMarkdownExamples(t *testing.T) {
	t.Chdir("../..")
	for _, b := range fencedIn(t, "markdown", 2) { // README.md and docs/directives.md have one each
		path := writeExample(t, "example.md", b.text)
		if code, stdout, stderr := cmdIn(t, "lint", path); code != exitOK || strings.Contains(stdout, ": error:") {
			t.Errorf("%s: the example does not lint clean (exit %d):\n%s%s\n%s", b.where, code, stdout, stderr, b.text)
		}
	}
}

// Each mistake docs/directives.md lists is an error at the comment, with rule directive.
func TestDocumentedDirectiveMistakes(t *testing.T) {
	t.Chdir("../..")
	_, spans := documentedExamples(t)
	n := 0
	for _, s := range spans {
		if !strings.HasPrefix(s.where, "docs/directives.md:") || !strings.HasPrefix(s.section, "Mistakes") || !strings.HasPrefix(s.text, "<!--") {
			continue
		}
		path := writeExample(t, "mistake.md", "# Doc\n\n## Revoke\n\n"+s.text+"\n1. Log into the store.\n")
		code, stdout, _ := cmdIn(t, "lint", path)
		if !strings.HasPrefix(strings.ToLower(s.text), "<!-- docdrift") { // "<!-- TODO -->": not ours, ignored
			if code != exitOK || stdout != "" {
				t.Errorf("%s: %s: exit %d, want it ignored:\n%s", s.where, s.text, code, stdout)
			}
			continue
		}
		n++
		if want := path + ":5:1: error: "; code != exitFindings || !strings.Contains(stdout, want) || !strings.Contains(stdout, "[directive]") {
			t.Errorf("%s: %s: exit %d, want an error at the comment with rule directive:\n%s", s.where, s.text, code, stdout)
		}
	}
	if n < 4 {
		t.Errorf("found %d mistakes in docs/directives.md, want every one it lists", n)
	}
}

// The docdrift.toml example of docs/config.md loads: every key it shows exists, with a good value.
func TestDocumentedConfig(t *testing.T) {
	t.Chdir("../..")
	for _, b := range fencedIn(t, "toml", 1) {
		if _, err := loadConfig(writeExample(t, "docdrift.toml", b.text), nil); err != nil {
			t.Errorf("%s: the example does not load:\n%v", b.where, err)
		}
	}
}

// invocation finds docdrift on a line of a shell or CI example: docdrift, ./docdrift,
// bin/docdrift, after any environment assignments.
var invocation = regexp.MustCompile(`(?:^|[\s;&|(])(?:\./|bin/)?docdrift\s+(.*)$`)

// Every docdrift command line the docs show parses: its command and every flag exist and take
// the values shown. -h after it makes docdrift check the flags and print its help.
func TestDocumentedCommands(t *testing.T) {
	t.Chdir("../..")
	blocks, _ := documentedExamples(t)
	n := 0
	for _, b := range blocks {
		if b.lang == "markdown" || b.lang == "toml" || b.lang == "text" || b.lang == "xml" || b.lang == "json" || b.lang == "diff" {
			continue
		}
		for _, line := range commandLines(b.text, b.lang == "yaml") {
			m := invocation.FindStringSubmatch(line)
			if m == nil {
				continue
			}
			args := shellWords(m[1])
			if len(args) == 0 {
				continue
			}
			if _, ok := commands()[args[0]]; !ok {
				continue // "go build -o docdrift ./cmd/docdrift"
			}
			n++
			code, stdout, stderr := cmdWith(t, formats.All(), append(args, "-h")...)
			if code != exitOK || !strings.HasPrefix(stdout, "Usage: docdrift "+args[0]) {
				t.Errorf("%s: docdrift %s: exit %d: %s", b.where, strings.Join(args, " "), code, lastLine(stderr))
			}
		}
	}
	if n < 20 {
		t.Errorf("found %d docdrift command lines in the docs; README.md alone has more", n)
	}
}

// commandLines joins what one command spans: lines ending in a backslash, and in YAML the
// lines of a folded scalar or a script item indented at least as far as the command's text.
func commandLines(block string, yaml bool) []string {
	lines := strings.Split(block, "\n")
	var out []string
	for i := 0; i < len(lines); i++ {
		line := lines[i]
		m := invocation.FindStringIndex(line)
		if m == nil {
			continue
		}
		indent := m[0] + len(line[m[0]:]) - len(strings.TrimLeft(line[m[0]:], " \t;&|("))
		for i+1 < len(lines) {
			next := lines[i+1]
			trimmed := strings.TrimLeft(next, " ")
			continued := strings.HasSuffix(strings.TrimRight(line, " "), `\`)
			folded := yaml && trimmed != "" && len(next)-len(trimmed) >= indent && !strings.HasPrefix(trimmed, "- ") &&
				!yamlKey.MatchString(trimmed) && invocation.FindStringIndex(next) == nil
			if !continued && !folded {
				break
			}
			line = strings.TrimSuffix(strings.TrimRight(line, " "), `\`) + " " + trimmed
			i++
		}
		out = append(out, line)
	}
	return out
}

var yamlKey = regexp.MustCompile(`^[\w-]+:( |$)`)

// shellWords splits a command line as a shell would, enough for the docs' examples: quotes,
// a comment, and the end of the command at &&, ;, | or >. CI expressions become one word.
func shellWords(s string) []string {
	s = regexp.MustCompile(`\$\{\{[^}]*\}\}`).ReplaceAllString(s, "X")
	var words []string
	var w strings.Builder
	inWord, quote := false, rune(0)
	for _, r := range s {
		switch {
		case quote != 0 && r == quote:
			quote = 0
		case quote != 0:
			w.WriteRune(r)
		case r == '"' || r == '\'':
			quote, inWord = r, true
		case r == ' ' || r == '\t':
			if inWord {
				words, inWord = append(words, w.String()), false
				w.Reset()
			}
		case !inWord && (r == '#' || r == '&' || r == ';' || r == '|' || r == '>'):
			return words
		default:
			w.WriteRune(r)
			inWord = true
		}
	}
	if inWord {
		words = append(words, w.String())
	}
	return words
}
