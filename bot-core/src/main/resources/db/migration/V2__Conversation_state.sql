-- Per-person conversation state: no message text, only what the next turn needs.
CREATE TABLE conversation_session (
    user_pseudonym   VARCHAR(64)  NOT NULL PRIMARY KEY,
    region           VARCHAR(16),
    pending_choices  VARCHAR(512),
    first_contact_at TIMESTAMP    NOT NULL,
    updated_at       TIMESTAMP    NOT NULL
);

-- Platform events already handled, so a redelivered update or gateway replay is answered once.
CREATE TABLE processed_event (
    event_key VARCHAR(128) NOT NULL PRIMARY KEY,
    seen_at   TIMESTAMP    NOT NULL
);

-- "Was this helpful?" votes: the entry id and the vote, one per person and entry, no message text.
CREATE TABLE faq_vote (
    faq_id         VARCHAR(128) NOT NULL,
    user_pseudonym VARCHAR(64)  NOT NULL,
    helpful        BOOLEAN      NOT NULL,
    voted_at       TIMESTAMP    NOT NULL,
    PRIMARY KEY (faq_id, user_pseudonym)
);

-- Questions the bot had no reviewed answer for, aggregated by topic words with no person attached.
CREATE TABLE abstained_topic (
    topic      VARCHAR(256) NOT NULL PRIMARY KEY,
    asked      INTEGER      NOT NULL,
    last_asked TIMESTAMP    NOT NULL
);
