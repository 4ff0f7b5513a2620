package understand

import (
	"bufio"
	"fmt"
	"os"
	"testing"
)

func TestDebugRead(t *testing.T) {
	f, err := os.Open("/tmp/sentences.txt")
	if err != nil {
		t.Skip()
	}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		m := Read(sc.Text())
		fmt.Printf("%-70.70s → %s\n", sc.Text(), m)
	}
}
