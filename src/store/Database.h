#pragma once
// Database: placeholder, replaced by the storage work.
namespace bw::store { class Database; }
