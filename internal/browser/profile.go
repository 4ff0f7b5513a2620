package browser

import (
	"os"
	"path/filepath"
	"strings"
)

// singletonPrefix names the folder Chromium makes in the temp dir for its one-instance
// socket; the profile's SingletonSocket link points into it. Chromium removes it when it
// exits by itself, never when it is killed.
const singletonPrefix = "org.chromium.Chromium."

// singletonDir is the socket folder profile's SingletonSocket link points to when it is one
// of Chromium's in the temp dir, else "". Read it while the profile is still there: rod's
// launcher removes the profile as soon as the browser exits.
func singletonDir(profile string) string {
	link, err := os.Readlink(filepath.Join(profile, "SingletonSocket"))
	if err != nil {
		return ""
	}
	dir := filepath.Dir(link)
	if filepath.Dir(dir) != filepath.Clean(os.TempDir()) || !strings.HasPrefix(filepath.Base(dir), singletonPrefix) {
		return ""
	}
	return dir
}

// removeProfile deletes a Chromium profile and its socket folder (see singletonDir): a killed
// browser leaves both behind.
func removeProfile(profile, singleton string) error {
	if singleton != "" {
		_ = os.RemoveAll(singleton)
	}
	return os.RemoveAll(profile)
}
