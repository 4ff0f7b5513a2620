package docsparse

import (
	"os"
	"strings"
	"testing"

	"github.com/yuin/goldmark/text"
)

// BenchmarkParseCorpus parses every corpus file and the seed once per iteration; MB/s is over
// their total size.
//
//	go test ./docsparse -run=^$ -bench=ParseCorpus -benchmem
func BenchmarkParseCorpus(b *testing.B) {
	var docs [][]byte
	total := 0
	for _, path := range append(corpusFiles(b), seedPath) {
		src, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, src)
		total += len(src)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	for b.Loop() {
		for _, src := range docs {
			Parse("bench.md", src)
		}
	}
}

// BenchmarkGoldmarkCorpus is the floor BenchmarkParseCorpus is measured against: goldmark
// alone, with the same extensions, over the same bytes.
func BenchmarkGoldmarkCorpus(b *testing.B) {
	var docs [][]byte
	total := 0
	for _, path := range append(corpusFiles(b), seedPath) {
		src, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, src)
		total += len(src)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	for b.Loop() {
		for _, src := range docs {
			markdown.Parser().Parse(text.NewReader(src))
		}
	}
}

// BenchmarkParseAdversarial parses inputs built to expose quadratic paths (unclosed tags,
// thousands of strike-outs, directives and images); each should run in time linear in its size.
// Compare ns/op against MB/s of BenchmarkParseCorpus: a regression shows as a collapse in MB/s.
//
//	go test ./docsparse -run=^$ -bench=ParseAdversarial
func BenchmarkParseAdversarial(b *testing.B) {
	cases := []struct{ name, src string }{
		{"unclosed-bold", "1. " + strings.Repeat("<b>x ", 20000)},
		{"unclosed-aside", strings.Repeat("<aside class=\"x\"><span class=\"aside-x-hd\">t\n\n", 5000)},
		{"unclosed-links", strings.Repeat("<a href=\"x\">t\n\n", 20000)},
		{"arrows", "1. " + strings.Repeat("A › ", 50000)},
		{"quotes", "1. " + strings.Repeat("\"a ", 50000)},
		{"swallowing-strikes", strings.Repeat("<strike>\n## H\n", 5000)},
		{"struck-items", strings.Repeat("1. <s>a</s>\n", 20000)},
		{"stray-closes", strings.Repeat("<s>", 20000) + strings.Repeat("</del>", 20000)},
		{"images-per-item", strings.Repeat("1. x ![i](a.png)\n", 20000)},
		{"directives", strings.Repeat("<!-- docdrift: skip x -->\n\n1. a\n\n", 10000)},
		{"bold-crumbs", "1. " + strings.Repeat("**a** > ", 30000)},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.src)))
			for b.Loop() {
				Parse("adversarial.md", []byte(c.src))
			}
		})
	}
}
