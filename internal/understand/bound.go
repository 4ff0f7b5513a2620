package understand

import "fmt"

// MaxSentence is the longest sentence Read reads, in bytes. A sentence is read token by token
// and its tokens are held at once: a step of one megabyte-long sentence (a line of a million
// "(" after a link) cost lint most of a second and tens of megabytes for a reading nobody can
// use. The longest sentence of the corpus of real docs and the held-out docs is 518 bytes;
// sixteen times that still reads in well under a millisecond.
const MaxSentence = 8 << 10

// tooLong is the reading of a sentence over MaxSentence: a step docdrift could not read, with
// why, so lint warns at the sentence and a run stops there, rather than reading a part of it
// and dropping what the reader would see in the rest.
func tooLong(sentence string) (Meaning, bool) {
	if len(sentence) <= MaxSentence {
		return Meaning{}, false
	}
	return Meaning{Role: Action, Why: fmt.Sprintf(
		"the sentence is %d bytes long and docdrift reads sentences of at most %d bytes; split it into shorter ones",
		len(sentence), MaxSentence)}, true
}
