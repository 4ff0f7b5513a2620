// Command silent listens on a loopback port, accepts every connection and never writes a
// byte — a remote browser or a service that hangs — and prints its address. bench/faults.sh
// points docdrift run --browser-url at it.
package main

import (
	"fmt"
	"net"
	"os"
)

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Fprintln(os.Stderr, "silent:", err)
		os.Exit(1)
	}
	fmt.Println(ln.Addr())
	var held []net.Conn
	for {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		held = append(held, c) // open until the process ends, never answered
	}
}
