package dev.cutover.importer;

/**
 * What a model serves, from {@code model_info.mode} or guessed from its name. Only chat and embedding
 * models get smoke scenarios: cutover speaks no image, audio or rerank endpoints.
 */
enum ModelMode {
    CHAT, EMBEDDING, OTHER;

    static ModelMode of(String declared, String providerModel) {
        if (declared != null) {
            return switch (declared.trim().toLowerCase()) {
                case "chat", "responses" -> CHAT;
                case "embedding" -> EMBEDDING;
                default -> OTHER;
            };
        }
        return providerModel.toLowerCase().contains("embed") ? EMBEDDING : CHAT;
    }
}
