package htmlreport

import (
	"bytes"
	"regexp"
	"sort"
	"strings"

	"github.com/docdrift/docdrift/docsparse"
	"github.com/docdrift/docdrift/internal/mdsource"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/util"
)

// What MDX and the docs sites add to Markdown is drawn the way the published page draws it,
// not as its source: a doc written for Docusaurus or MkDocs otherwise showed "import … from
// …" lines, a component's JSX ("<ThemedImage alt=… sources={{…}} />") as text, an icon
// (<Icon name="gear-six" />) as nothing, and ":::tip" markers inline. A component shows as
// what it names in brackets, as the steps write it ("[gear-six]"); a callout as a box.

var (
	kindComponent = ast.NewNodeKind("DocdriftComponent")
	kindCallout   = ast.NewNodeKind("DocdriftCallout")
)

// component is a JSX component of the doc, drawn as what it names: a paragraph of its own
// (blockComponent) or a part of one (inlineComponent).
type component struct{ says string }

type blockComponent struct {
	ast.BaseBlock
	component
}

type inlineComponent struct {
	ast.BaseInline
	component
}

func (n *blockComponent) Kind() ast.NodeKind          { return kindComponent }
func (n *inlineComponent) Kind() ast.NodeKind         { return kindComponent }
func (n *blockComponent) Dump(src []byte, level int)  { ast.DumpHelper(n, src, level, nil, nil) }
func (n *inlineComponent) Dump(src []byte, level int) { ast.DumpHelper(n, src, level, nil, nil) }
func (n *callout) Kind() ast.NodeKind                 { return kindCallout }
func (n *callout) Dump(src []byte, level int)         { ast.DumpHelper(n, src, level, nil, nil) }
func (r mdxRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(kindComponent, r.component)
	reg.Register(kindCallout, r.callout)
}

// callout is a callout's blocks in a box of its own, under its kind or title — or, for one
// whose text goldmark read as code, that text drawn as Markdown (body).
type callout struct {
	ast.BaseBlock
	kind, title string
	body        string
}

type mdxRenderer struct{}

func (mdxRenderer) component(w util.BufWriter, _ []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if entering {
		tag, says := "span", ""
		switch n := n.(type) {
		case *blockComponent:
			tag, says = "p", n.says
		case *inlineComponent:
			says = n.says
		}
		_, _ = w.WriteString("<" + tag + ` class="dd-component">[`)
		_, _ = w.Write(util.EscapeHTML([]byte(says)))
		_, _ = w.WriteString("]</" + tag + ">")
	}
	return ast.WalkSkipChildren, nil
}

func (mdxRenderer) callout(w util.BufWriter, _ []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	c := n.(*callout)
	if !entering {
		_, _ = w.WriteString("</aside>\n")
		return ast.WalkContinue, nil
	}
	_, _ = w.WriteString(`<aside class="dd-callout dd-callout-` + c.kind + `"><p class="dd-callout-title">`)
	_, _ = w.Write(util.EscapeHTML([]byte(c.title)))
	_, _ = w.WriteString("</p>\n")
	_, _ = w.WriteString(c.body) // goldmark's, without the doc's raw HTML; the page is sanitised after
	return ast.WalkContinue, nil
}

// openedCallout is one callout of a doc: where it lies and what heads its box.
type openedCallout struct {
	start, end  int
	kind, title string
}

var (
	fencedOpener = regexp.MustCompile(`^[ \t]*(?::{3,}|/{3})[ \t]*([A-Za-z]+)[ \t]*(?:\[([^\]]*)\]|\|?[ \t]*(.*?))[ \t]*\r?$`)
	tagOpener    = regexp.MustCompile(`^[ \t]*<([A-Z][A-Za-z]*)\b([^>]*)>`)
)

// callouts finds the callouts of src and returns a copy of src for parsing in which the
// lines that open and close a fenced one (":::tip Title" … ":::") are blank: goldmark then
// reads what is inside as the blocks it is, and the box comes from the callout instead.
func callouts(src []byte) ([]openedCallout, []byte) {
	spans := docsparse.Callouts(src)
	if len(spans) == 0 {
		return nil, src
	}
	parse := bytes.Clone(src)
	out := make([]openedCallout, 0, len(spans))
	for _, s := range spans {
		first := lineAt(src, s[0])
		c := openedCallout{start: s[0], end: s[1], kind: "note"}
		switch m := fencedOpener.FindSubmatch(first); {
		case m != nil:
			c.kind, c.title = strings.ToLower(string(m[1])), strings.TrimSpace(string(m[2])+string(m[3]))
			mdsource.Blank(parse, s[0], s[0]+len(first))
			if last := lastLine(src, s[0], s[1]); last > s[0] && closer(src[last:s[1]]) {
				mdsource.Blank(parse, last, s[1])
			}
		default:
			if m := tagOpener.FindSubmatch(first); m != nil {
				c.kind = strings.ToLower(string(m[1]))
				if t := attrs(m[2])["type"]; t != "" {
					c.kind = strings.ToLower(t) // <Callout type="warning">
				}
			}
		}
		c.kind, c.title = titled(c.kind, c.title)
		out = append(out, c)
	}
	return out, parse
}

// lineAt is the line of src that starts at off, without its line end.
func lineAt(src []byte, off int) []byte {
	l := src[off:]
	if i := bytes.IndexByte(l, '\n'); i >= 0 {
		l = l[:i]
	}
	return l
}

// lastLine is where the last line of src[start:end] starts.
func lastLine(src []byte, start, end int) int {
	body := bytes.TrimRight(src[start:end], "\r\n")
	return start + bytes.LastIndexByte(body, '\n') + 1
}

// closer reports a line that closes a fenced callout: colons or slashes alone.
func closer(l []byte) bool {
	l = bytes.TrimSpace(l)
	return len(l) >= 3 && (len(bytes.Trim(l, ":")) == 0 || len(bytes.Trim(l, "/")) == 0)
}

var (
	esmLine     = regexp.MustCompile(`^(?:import\s+(?:[\w*{}\s,]+\s+from\s+)?['"][^'"]+['"];?|export\s+(?:const|let|var|default|function|async|\{).*)$`)
	blockJSX    = regexp.MustCompile(`(?s)^<([A-Z][\w.]*)[\s/>].*(?:/>|</([A-Z][\w.]*)>)$`)
	inlineJSX   = regexp.MustCompile(`(?s)^<([A-Z][\w.]*)(\s[^<>]*)?/>$`)
	jsxAttr     = regexp.MustCompile(`([A-Za-z][\w-]*)=(?:"([^"]*)"|'([^']*)')`)
	namingAttrs = []string{"alt", "title", "label", "name"}
)

// tidyMDX draws the doc's MDX in root the way its site does (see above): ES module lines go,
// components show as what they name, and every callout's blocks move into a box.
func tidyMDX(root ast.Node, src []byte, found []openedCallout) {
	var drop []ast.Node
	var swap [][2]ast.Node
	var admonitions []mkdocsBox
	_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Paragraph:
			text := strings.TrimSpace(string(n.Lines().Value(src)))
			name := ownComponent(text)
			switch {
			case n.Parent() != nil && n.Parent().Kind() == ast.KindDocument && esm(text):
				drop = append(drop, n)
			case mkdocsMarker.MatchString(firstLine(text)) && strings.Contains(text, "\n"):
				m := mkdocsMarker.FindStringSubmatch(firstLine(text))
				kind, title := titled(m[1], m[2])
				admonitions = append(admonitions, mkdocsBox{p: n, kind: kind, title: title})
			case mkdocsMarker.MatchString(text) && n.NextSibling() != nil && n.NextSibling().Kind() == ast.KindCodeBlock:
				// "!!! note", a blank line, the text indented: a code block to CommonMark.
				m := mkdocsMarker.FindStringSubmatch(text)
				kind, title := titled(m[1], m[2])
				admonitions = append(admonitions, mkdocsBox{p: n, kind: kind, title: title, text: n.NextSibling().Lines().Value(src)})
			case name != "":
				c := &blockComponent{component: component{says: names(name, text)}}
				c.SetLines(n.Lines()) // where it was, for the steps and callouts around it
				swap = append(swap, [2]ast.Node{n, c})
			}
			return ast.WalkContinue, nil
		case *ast.RawHTML:
			var raw []byte
			for i := 0; i < n.Segments.Len(); i++ {
				s := n.Segments.At(i)
				raw = append(raw, s.Value(src)...)
			}
			if m := inlineJSX.FindSubmatch(raw); m != nil {
				swap = append(swap, [2]ast.Node{n, &inlineComponent{component: component{says: names(string(m[1]), string(m[2]))}}})
			}
		}
		return ast.WalkContinue, nil
	})
	for _, n := range drop {
		n.Parent().RemoveChild(n.Parent(), n)
	}
	for _, s := range swap {
		s[0].Parent().ReplaceChild(s[0].Parent(), s[0], s[1])
	}
	for _, b := range admonitions {
		b.draw()
	}
	boxes(root, found)
}

// mkdocsMarker opens an MkDocs admonition: "!!! warning "Global tags"", "??? note" (folded).
var mkdocsMarker = regexp.MustCompile(`^(?:!!!|\?\?\?\+?)[ \t]*([A-Za-z]+)(?:[ \t]+"([^"]*)")?[ \t]*$`)

// mkdocsBox is an MkDocs admonition: its text, one paragraph with the marker line to goldmark,
// moves into a box under the marker's title — or, when a blank line parts it from the marker
// (a code block to CommonMark), is drawn in the box as the Markdown it is.
type mkdocsBox struct {
	p           *ast.Paragraph
	kind, title string
	// text is what a marker alone on its paragraph holds: the indented block after it, which
	// the box draws as the Markdown it is.
	text []byte
}

func (b mkdocsBox) draw() {
	if b.text != nil {
		parent, code := b.p.Parent(), b.p.NextSibling()
		var body bytes.Buffer
		if err := mdsource.New().Convert(b.text, &body); err != nil {
			return // left as CommonMark reads it
		}
		parent.RemoveChild(parent, code)
		parent.ReplaceChild(parent, b.p, &callout{kind: b.kind, title: b.title, body: body.String()})
		return
	}
	for c := b.p.FirstChild(); c != nil; {
		next := c.NextSibling()
		b.p.RemoveChild(b.p, c)
		if t, ok := c.(*ast.Text); ok && (t.SoftLineBreak() || t.HardLineBreak()) {
			break // the marker's line ends here
		}
		c = next
	}
	parent := b.p.Parent()
	wrap := &callout{kind: b.kind, title: b.title}
	parent.ReplaceChild(parent, b.p, wrap)
	wrap.AppendChild(wrap, b.p)
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}

// titled is a callout's kind in lower-case letters only, and its title: the one given, else
// the kind's name.
func titled(kind, title string) (string, string) {
	kind = strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' {
			return r
		}
		return -1
	}, strings.ToLower(kind))
	if title = strings.TrimSpace(title); title == "" && kind != "" {
		title = strings.ToUpper(kind[:1]) + kind[1:]
	}
	return kind, title
}

// esm reports a paragraph that is only ES module lines: "import X from '…';".
func esm(text string) bool {
	for _, l := range strings.Split(text, "\n") {
		if !esmLine.MatchString(strings.TrimSpace(l)) {
			return false
		}
	}
	return true
}

// ownComponent is the name of the component a paragraph is wholly — self-closing, or closing
// the tag it opened ("<Tabs>…</TabItem>" is a layout's lines, not one component) — else "".
func ownComponent(text string) string {
	if m := blockJSX.FindStringSubmatch(text); m != nil && (m[2] == "" || m[2] == m[1]) {
		return m[1]
	}
	return ""
}

// names is what a component shows as: its alt text, title, label or name, else its own name.
func names(component, tag string) string {
	a := attrs([]byte(tag))
	for _, k := range namingAttrs {
		if v := strings.TrimSpace(a[k]); v != "" {
			return v
		}
	}
	return component
}

func attrs(tag []byte) map[string]string {
	out := map[string]string{}
	for _, m := range jsxAttr.FindAllSubmatch(tag, -1) {
		if _, ok := out[string(m[1])]; !ok {
			out[string(m[1])] = string(m[2]) + string(m[3])
		}
	}
	return out
}

// boxes moves the blocks that lie in each callout of found (disjoint, in order) — the
// outermost ones, siblings in a row — into a callout node where the first of them was. One
// walk for all: a doc of many callouts is not walked once per callout.
func boxes(root ast.Node, found []openedCallout) {
	in := make([][]ast.Node, len(found))
	_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering || n.Type() != ast.TypeBlock || n.Kind() == ast.KindDocument {
			return ast.WalkContinue, nil
		}
		off := firstOffset(n)
		i := sort.Search(len(found), func(i int) bool { return found[i].end > off })
		if off < 0 || i == len(found) || off < found[i].start {
			return ast.WalkContinue, nil
		}
		in[i] = append(in[i], n)
		return ast.WalkSkipChildren, nil
	})
	for i, blocks := range in {
		if len(blocks) == 0 {
			continue
		}
		parent := blocks[0].Parent()
		wrap := &callout{kind: found[i].kind, title: found[i].title}
		parent.InsertBefore(parent, blocks[0], wrap)
		for _, n := range blocks {
			if n.Parent() != parent {
				break // the callout ends inside another block: the rest stays where it is
			}
			parent.RemoveChild(parent, n)
			wrap.AppendChild(wrap, n)
		}
	}
}
