#pragma once
// ActionRunner: executes one view action (reply, update, counter, set_state, check_user, role, modal, defer,
// send, sequence) for one interaction, through its InteractionResponder. State is committed to the store
// before anything that depends on it is sent.

#include "bot/Template.h"
#include "bot/views/ActionSpec.h"
#include "bot/views/Dispatcher.h"
#include "core/Result.h"

#include <qcoro/qcorotask.h>

#include <memory>

namespace bw::views {

class InteractionResponder;
struct CompiledView;

/// One interaction being answered: who, through which view and binding, with which template values.
struct ActionRun
{
    ViewServices services;
    std::shared_ptr<const CompiledView> view; // keeps the ActionSpecs alive while the action runs
    quint64 boundMessage = 0; // the binding the click came through, 0 for unbound views
    QString boundMessageText;
    TemplateContext context;
    InteractionResponder *responder = nullptr;
    QStringList memberRoles; // updated by role actions
    int stateChanges = 0;
};

/// Runs `action` (owned by run->view) to completion. Errors come back for the dispatcher to report.
QCoro::Task<Result<void>> runAction(const ActionSpec *action, ActionRun *run);

/// Caches a binding's new state at once (a later click counts on top of it) and stores it: the writes of one
/// event-loop turn share one transaction (StateWriter), committed before this resumes. On failure the cache
/// gets the state of before back. The template context sees the new state.
QCoro::Task<Result<void>> commitState(ActionRun *run, QJsonObject state);

} // namespace bw::views
