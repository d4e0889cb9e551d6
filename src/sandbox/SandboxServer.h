#pragma once
// SandboxServer: placeholder, replaced by the sandbox work.
namespace bw::sandbox { class SandboxServer; }
