package htmlreport

import (
	"bytes"
	"fmt"
	"html/template"
	"path"
	"strconv"
	"strings"

	"github.com/docdrift/docdrift/docsparse"
	"github.com/docdrift/docdrift/internal/mdsource"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// The doc's own Markdown is rendered with raw HTML kept (the docs use <aside>, <img>, <strike>),
// and two kinds of node added where the run has something to say: a note at the end of each
// step's list item, and a verdict box above each procedure's list.
var (
	kindStepNote = ast.NewNodeKind("DocdriftStepNote")
	kindProcNote = ast.NewNodeKind("DocdriftProcedureNote")
)

type stepNote struct {
	ast.BaseBlock
	data stepView
}

func (n *stepNote) Kind() ast.NodeKind         { return kindStepNote }
func (n *stepNote) Dump(src []byte, level int) { ast.DumpHelper(n, src, level, nil, nil) }
func (n *procNote) Kind() ast.NodeKind         { return kindProcNote }
func (n *procNote) Dump(src []byte, level int) { ast.DumpHelper(n, src, level, nil, nil) }
func (r noteRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(kindStepNote, r.render)
	reg.Register(kindProcNote, r.render)
}

type procNote struct {
	ast.BaseBlock
	data procedure
}

// stepView is everything the page says about one doc step (one list item).
type stepView struct {
	Status   string // the worst of its generated steps
	Steps    []step
	Images   []docImage
	Findings []finding
}

type noteRenderer struct{ pages *template.Template }

func (r noteRenderer) render(w util.BufWriter, _ []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkSkipChildren, nil
	}
	var err error
	switch n := n.(type) {
	case *stepNote:
		err = r.pages.ExecuteTemplate(w, "step-note", n.data)
	case *procNote:
		err = r.pages.ExecuteTemplate(w, "procedure-note", n.data)
	}
	return ast.WalkSkipChildren, err
}

// renderDoc renders d's Markdown with every step, procedure and finding marked in place.
func renderDoc(d doc, pages *template.Template) (template.HTML, []finding, error) {
	source, ok := docsparse.Readable([]byte(d.Source))
	if !ok {
		// docsparse refused the doc (its finding heads the page): goldmark would take time
		// quadratic in it, so the page shows it as text.
		return template.HTML("<pre>" + template.HTMLEscapeString(string(source.Text)) + "</pre>"), d.Findings, nil
	}
	// What docsparse read (no BOM or front matter, the same markup bounds), with the lines
	// that open and close a callout blank.
	found, src := callouts(source.Parse)
	md := mdsource.New(goldmark.WithRendererOptions(html.WithUnsafe(),
		renderer.WithNodeRenderers(util.Prioritized(noteRenderer{pages}, 100), util.Prioritized(mdxRenderer{}, 100))))
	root := md.Parser().Parse(text.NewReader(src))
	tidyMDX(root, src, found)
	unshown(root, src, d.Assets)
	placed := mark(root, source.Lines, d)
	var buf bytes.Buffer
	if err := md.Renderer().Render(&buf, src, root); err != nil {
		return "", nil, fmt.Errorf("render %s: %w", d.Path, err)
	}
	out := buf.String()
	for _, a := range d.Assets { // Markdown images and <img src> alike
		for _, q := range []string{`"`, `'`} {
			out = strings.ReplaceAll(out, "src="+q+a.Target+q, "src="+q+a.File+q)
		}
	}
	out = sanitize(out)
	var rest []finding // findings not on a step's line: listed at the top of the page
	for _, f := range d.Findings {
		if !placed[f.Line] {
			rest = append(rest, f)
		}
	}
	return template.HTML(out), rest, nil
}

// unshown draws as its alt text in brackets, as a component is, every picture of the doc the
// folder does not hold: one the doc's repository lacks ("/_images/…" that the site's build
// resolves) or one on another site, which the page's Content-Security-Policy keeps out —
// each was a broken-image icon.
func unshown(root ast.Node, src []byte, held []asset) {
	kept := map[string]bool{}
	for _, a := range held {
		kept[a.Target] = true
	}
	var swap [][2]ast.Node
	_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if img, ok := n.(*ast.Image); ok && entering {
			if dest := string(img.Destination); !kept[dest] && !strings.HasPrefix(dest, "data:") {
				says := altText(img, src)
				if says == "" {
					says = path.Base(dest)
				}
				swap = append(swap, [2]ast.Node{img, &inlineComponent{component: component{says: says}}})
			}
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	for _, s := range swap {
		s[0].Parent().ReplaceChild(s[0].Parent(), s[0], s[1])
	}
}

// altText is the text of an image's description: "![**Save** button](…)" is "Save button".
func altText(img *ast.Image, src []byte) string {
	var b strings.Builder
	_ = ast.Walk(img, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering {
			switch n := n.(type) {
			case *ast.Text:
				b.Write(n.Segment.Value(src))
				if n.SoftLineBreak() {
					b.WriteByte(' ')
				}
			case *ast.String:
				b.Write(n.Value)
			}
		}
		return ast.WalkContinue, nil
	})
	return strings.TrimSpace(b.String())
}

// mark adds a note to every list item that is a step the report knows, and a verdict box above
// every procedure's list. It returns the lines whose findings went into a note.
func mark(root ast.Node, lines mdsource.Lines, d doc) map[int]bool {
	views := stepViews(d)
	procs := map[int]procedure{}
	for _, p := range d.Procedures {
		if len(p.Steps) > 0 {
			procs[firstStepLine(p)] = p
		}
	}
	var items []*ast.ListItem
	var lists []*ast.List
	_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering {
			switch n := n.(type) {
			case *ast.ListItem:
				items = append(items, n)
			case *ast.List:
				lists = append(lists, n)
			}
		}
		return ast.WalkContinue, nil
	})
	placed := map[int]bool{}
	for _, item := range items {
		line := lineOf(lines, firstOffset(item))
		v, ok := views[line]
		if !ok {
			continue
		}
		item.SetAttributeString("class", []byte("dd-step dd-"+v.Status))
		item.SetAttributeString("id", []byte(fmt.Sprintf("L%d", line)))
		if n, err := strconv.Atoi(v.Steps[0].DocStep); err == nil { // show the number as written: "8." after "6."
			item.SetAttributeString("value", []byte(strconv.Itoa(n)))
		}
		item.AppendChild(item, &stepNote{data: v})
		placed[line] = true
	}
	for _, list := range lists {
		first := list.FirstChild()
		if first == nil {
			continue
		}
		if p, ok := procs[lineOf(lines, firstOffset(first))]; ok && list.Parent() != nil {
			list.Parent().InsertBefore(list.Parent(), list, &procNote{data: p})
		}
	}
	return placed
}

// stepViews groups the generated steps of the doc's procedures by the doc line they come from.
func stepViews(d doc) map[int]stepView {
	views := map[int]stepView{}
	for _, p := range d.Procedures {
		// A step's outcome sentences may sit in a paragraph below its item: they belong to
		// the item, whose line is that of the step's first sentence.
		itemLine := map[string]int{}
		for _, s := range p.Steps {
			if s.DocStep == "" { // a directive's Given or the clean-up: shown in the procedure box
				continue
			}
			line, ok := itemLine[s.DocStep]
			if !ok {
				line = s.Line
				itemLine[s.DocStep] = line
			}
			v := views[line]
			v.Steps = append(v.Steps, s)
			v.Status = worse(v.Status, s.Status)
			views[line] = v
		}
	}
	for _, img := range d.Images {
		if v, ok := views[img.StepLine]; ok {
			v.Images = append(v.Images, img)
			views[img.StepLine] = v
		}
	}
	for _, f := range d.Findings {
		if v, ok := views[f.Line]; ok {
			v.Findings = append(v.Findings, f)
			views[f.Line] = v
		}
	}
	return views
}

func firstStepLine(p procedure) int {
	line := 0
	for _, s := range p.Steps {
		if s.DocStep != "" && (line == 0 || s.Line < line) {
			line = s.Line
		}
	}
	return line
}

// severity orders statuses: a step shows its worst sentence.
var severity = map[string]int{"": 0, "passed": 1, "skipped": 2, "not-checked": 2, "not-understood": 4, "drift": 5, "error": 6}

func worse(a, b string) string {
	if severity[b] > severity[a] {
		return b
	}
	return a
}

// firstOffset is the byte offset of the first source text under n.
func firstOffset(n ast.Node) int {
	if n.Type() == ast.TypeBlock && n.Lines().Len() > 0 {
		return n.Lines().At(0).Start
	}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if off := firstOffset(c); off >= 0 {
			return off
		}
	}
	return -1
}

// lineOf is the line of offset off; 0 for a node without text (off < 0), which is no step.
func lineOf(lines mdsource.Lines, off int) int {
	if off < 0 {
		return 0
	}
	line, _ := lines.Pos(off)
	return line
}
