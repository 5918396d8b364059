package main

import (
	"github.com/pocketbase/dbx"
	_ "modernc.org/sqlite"
)

// secureDeleteDBConnect opens SQLite as PocketBase v0.39's core.DefaultDBConnect does (the
// same pragmas, copied: it offers no way to add one) plus `secure_delete(ON)`: SQLite
// overwrites deleted content with zeros instead of leaving it in the file's free space. A
// helper (担い手) deleted at their request (issue #19) must leave no name or phone number in
// data.db, where a copy of the file or the next backup would still carry it. The cost is
// zeroing freed space on each delete or update, small next to the write itself.
func secureDeleteDBConnect(dbPath string) (*dbx.DB, error) {
	pragmas := "?_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=journal_size_limit(200000000)&_pragma=synchronous(NORMAL)&_pragma=foreign_keys(ON)&_pragma=temp_store(MEMORY)&_pragma=cache_size(-32000)&_pragma=secure_delete(ON)"
	return dbx.Open("sqlite", dbPath+pragmas)
}
