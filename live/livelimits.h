#pragma once

namespace blauwdruk {

// What one live session accepts from the room (docs/reliability.md, "The
// live session"). A phone that asks for more gets a clear refusal; the
// defaults leave a real workshop far inside them. Tests set lower ones to
// reach a limit without waiting.
struct LiveLimits {
    int labelLength = 40;        // characters of a participant's label
    int textLength = 280;        // characters of one card
    int participants = 100;      // who may join one session
    int cardsPerMinute = 12;     // per participant
    int votesPerMinute = 60;     // per participant
    int joinsPerMinute = 200;    // for the whole session
    int requestsPerMinute = 600; // per participant, reading the state included
    // Bytes of a request line with its headers, and of a body; a request
    // beyond them is refused before the rest is read.
    int headerBytes = 8 * 1024;
    int bodyBytes = 4 * 1024;
    int webSocketMessageBytes = 1024;
    int connections = 400;  // open at once, phones' live updates included
    int headerSeconds = 10; // to send the request line and headers
};

} // namespace blauwdruk
