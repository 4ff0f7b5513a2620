package browser

import (
	"bytes"
	"os"
	"path/filepath"
	"time"
)

// profilePrefix names docdrift's Chromium profile directories in the temp dir. Each holds the
// browser's cookies and its sessions' downloads (credentials files), so none may outlive a run.
const profilePrefix = "docdrift-chromium-"

// staleAfter keeps a just-created profile safe from a sweep racing its browser's start.
const staleAfter = time.Minute

// sweepProfiles removes profile directories left by runs that were killed before Close: any
// older than staleAfter that no live process names on its command line. Best effort: it never
// fails a launch.
func sweepProfiles(tmp string) {
	dirs, _ := filepath.Glob(filepath.Join(tmp, profilePrefix+"*"))
	if len(dirs) == 0 {
		return
	}
	cmdlines := liveCmdlines()
	for _, dir := range dirs {
		st, err := os.Stat(dir)
		if err != nil || !st.IsDir() || time.Since(st.ModTime()) < staleAfter {
			continue
		}
		if !bytes.Contains(cmdlines, []byte("--user-data-dir="+dir+"\x00")) {
			_ = removeProfile(dir, singletonDir(dir))
		}
	}
}

// liveCmdlines joins the command lines of all processes, NUL-separated as /proc keeps them.
func liveCmdlines() []byte {
	files, _ := filepath.Glob("/proc/[0-9]*/cmdline")
	var all []byte
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err == nil {
			all = append(all, b...)
		}
	}
	return all
}
