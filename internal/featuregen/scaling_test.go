package featuregen

import (
	"fmt"
	"strings"
	"testing"

	"github.com/docdrift/docdrift/docsparse"
)

// scaledDoc repeats a how-to section, each with its own heading, until the doc is size bytes.
func scaledDoc(size int) []byte {
	var b strings.Builder
	b.WriteString("# API accounts\n\n")
	for i := 1; b.Len() < size; i++ {
		fmt.Fprintf(&b, "## Obtaining token %d\n\nTo create your API account, use the following steps:\n\n", i)
		b.WriteString("1.  Log into the store, using the store owner's username/password.\n" +
			"2.  Select **Advanced Settings**.\n" +
			"3.  Select **API Accounts**. This will display the **Store API Accounts** page.\n" +
			"4.  In the **Name** field, summarize the purpose for which you will use these credentials.\n" +
			"5.  Select **Save** at the page's lower right-hand corner.\n\n")
	}
	return []byte(b.String())
}

// BenchmarkScaling shows whether parse + generate stays linear from 1 KB to 10 MB docs:
// MB/s should not fall as the size grows.
func BenchmarkScaling(b *testing.B) {
	for _, size := range []int{1 << 10, 10 << 10, 100 << 10, 1 << 20, 10 << 20} {
		src := scaledDoc(size)
		b.Run(fmt.Sprintf("%dKB", size>>10), func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			for b.Loop() {
				if _, err := Generate(docsparse.Parse("scaled.md", src)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
