package vn.thidua.exemplary;

/** What an example is: a person, a collective, or a model (mô hình) such as a way of working. */
enum ExampleKind {
    PERSON,
    COLLECTIVE,
    MODEL
}
