package docsparse

import (
	"os"
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
