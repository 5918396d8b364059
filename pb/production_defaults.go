package main

import (
	"github.com/pocketbase/pocketbase"
	"github.com/pocketbase/pocketbase/core"
)

// serverLockFile is the file `npm start` writes into the data directory while it serves it
// (scripts/lib/server-lock.ts): who is running, on which port. It describes this machine's
// process, not the city's data, so a backup must not carry it (a restored copy would claim a
// server that is not running) and a restore must leave the running server's file in place.
const serverLockFile = ".sasaeai-server.json"

// newApp is pocketbase.New() with production-safe defaults.
//
// pocketbase.New() switches dev mode on when the executable sits under the OS temp directory
// (it takes that for `go run`), and dev mode logs every SQL statement to the console. Our
// binary may live anywhere (tests run copies under /tmp), so dev mode is off unless the
// `--dev` flag asks for it; only `npm run dev` (scripts/dev.ts) passes it.
func newApp() *pocketbase.PocketBase {
	app := pocketbase.NewWithConfig(pocketbase.Config{DefaultDev: false, DBConnect: secureDeleteDBConnect})

	app.OnBackupCreate().BindFunc(func(e *core.BackupEvent) error {
		e.Exclude = append(e.Exclude, serverLockFile)
		return e.Next()
	})
	app.OnBackupRestore().BindFunc(func(e *core.BackupEvent) error {
		e.Exclude = append(e.Exclude, serverLockFile)
		return e.Next()
	})

	return app
}
