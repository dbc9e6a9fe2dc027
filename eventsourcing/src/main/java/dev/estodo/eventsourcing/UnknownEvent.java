package dev.estodo.eventsourcing;

import com.fasterxml.jackson.databind.JsonNode;

/** A stored event whose type no one registered: still readable, as its type name and raw body. */
public record UnknownEvent(String type, JsonNode body) {}
