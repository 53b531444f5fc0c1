#include "store/sqlite_ledger_store.h"

#include <ctime>

#include "store/statement.h"

namespace vermeld {

void SqliteLedgerStore::Save(LedgerRecord& record) {
  if (record.time == 0) record.time = static_cast<int64_t>(std::time(nullptr));
  const std::string blob = PackFingerprints(record.fingerprints);
  record.id = store_.WithDb([&](sqlite3* db) {
    Statement st(db, store_.path(),
                 "INSERT INTO ledger_output (tool, time, length, fingerprints) VALUES (?,?,?,?)");
    st.Bind(1, record.tool);
    st.Bind(2, record.time);
    st.Bind(3, static_cast<int64_t>(record.length));
    st.BindBlob(4, blob.data(), blob.size());
    st.Run();
    return static_cast<int64_t>(sqlite3_last_insert_rowid(db));
  });
}

void SqliteLedgerStore::LoadAll(const std::function<void(LedgerRecord&&)>& sink) {
  store_.WithDb([&](sqlite3* db) {
    Statement st(db, store_.path(),
                 "SELECT id, tool, time, length, fingerprints FROM ledger_output ORDER BY id");
    while (st.Step()) {
      LedgerRecord r;
      r.id = st.ColumnInt64(0);
      r.tool = st.ColumnText(1);
      r.time = st.ColumnInt64(2);
      r.length = static_cast<uint32_t>(st.ColumnInt64(3));
      r.fingerprints = UnpackFingerprints(st.ColumnBlob(4));
      sink(std::move(r));
    }
    return 0;
  });
}

}  // namespace vermeld
