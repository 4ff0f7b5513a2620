package watch

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"
	"time"
)

// An editor's save — a swap file, the new text renamed over the doc, a backup — is one
// batch naming the doc; files the watch does not read are not in it.
func TestWatchFiles(t *testing.T) {
	tests := []struct {
		name  string
		watch func(dir string) []string // what the command line names
		save  func(t *testing.T, dir string)
		want  []string // below dir
	}{
		{"a doc saved by rename", func(dir string) []string { return []string{dir} }, func(t *testing.T, dir string) {
			write(t, filepath.Join(dir, ".guide.md.swp"), "swap")
			write(t, filepath.Join(dir, "guide.md.tmp"), "new text")
			if err := os.Rename(filepath.Join(dir, "guide.md.tmp"), filepath.Join(dir, "guide.md")); err != nil {
				t.Fatal(err)
			}
			write(t, filepath.Join(dir, "guide.md~"), "backup")
			write(t, filepath.Join(dir, "notes.txt"), "not a doc")
		}, []string{"guide.md"}},
		{"a named doc and the config", func(dir string) []string {
			return []string{filepath.Join(dir, "guide.md"), filepath.Join(dir, "docdrift.toml")}
		}, func(t *testing.T, dir string) {
			write(t, filepath.Join(dir, "other.md"), "not named")
			write(t, filepath.Join(dir, "docdrift.toml"), "[target]\n")
			write(t, filepath.Join(dir, "guide.md"), "text")
		}, []string{"docdrift.toml", "guide.md"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			write(t, filepath.Join(dir, "guide.md"), "old text")
			write(t, filepath.Join(dir, "docdrift.toml"), "")
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			args := tt.watch(dir)
			s, err := WatchFiles(ctx, args[:1], args[1:], func(err error) { t.Error(err) })
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			tt.save(t, dir)
			// A loaded machine may split the burst: gather batches until the wanted paths came.
			var got []string
			for len(got) < len(tt.want) {
				select {
				case b := <-s.Batches():
					for _, p := range b {
						rel, _ := filepath.Rel(dir, p)
						if !slices.Contains(got, rel) {
							got = append(got, rel)
						}
					}
				case <-ctx.Done():
					t.Fatalf("got %q, then nothing", got)
				}
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("batch %q, want %q", got, tt.want)
			}
		})
	}
}

func write(t *testing.T, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// A folder made after the watch started is watched too: a doc saved in it is seen once the
// watch has seen the folder appear.
func TestWatchFilesNewFolder(t *testing.T) {
	dir := t.TempDir()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	s, err := WatchFiles(ctx, []string{dir}, nil, func(err error) { t.Error(err) })
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := os.MkdirAll(filepath.Join(dir, "new", "deeper"), 0o755); err != nil {
		t.Fatal(err)
	}
	doc := filepath.Join(dir, "new", "deeper", "page.md")
	for ctx.Err() == nil {
		write(t, doc, "text") // until the watch on the new folders is in place
		select {
		case b := <-s.Batches():
			if !reflect.DeepEqual(b, []string{doc}) {
				t.Fatalf("batch %q", b)
			}
			return
		case <-time.After(200 * time.Millisecond):
		}
	}
	t.Fatal("a doc saved in a new folder was never seen")
}
