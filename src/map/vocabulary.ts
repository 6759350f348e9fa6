/** The vocabulary lives in the shared bottom layer; the map re-exports what its users import from here. */
export {
  CUSTOMER_CATEGORIES,
  DATASTORE_ENFORCED_TENANCY,
  PRIMARY_STORE_KINDS,
  STORE_KINDS,
  TRAINING_KINDS,
  TRAINING_PURPOSES,
} from '../core/vocabulary.js';
