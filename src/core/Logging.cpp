#include "core/Logging.h"

Q_LOGGING_CATEGORY(lcGateway, "botwright.gateway", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRest, "botwright.rest", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "botwright.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandbox, "botwright.sandbox", QtInfoMsg)
Q_LOGGING_CATEGORY(lcBot, "botwright.bot", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "botwright.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "botwright.ui", QtInfoMsg)
