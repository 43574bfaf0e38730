"""The API's shapes, by subject. Serializers parse and shape; they hold no business rule (the
services validate, and the application form's checks are reused as they are)."""
